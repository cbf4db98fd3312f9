package com.salescarousel.imports;

import com.salescarousel.error.Invalid;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file's header row matched to the import's fields by name: case, spaces, dashes and underscores
 * do not matter ("E-mail Address", "first_name", "Last Contacted"), and the usual names of
 * spreadsheet and CRM exports are understood. Columns nobody asked for are ignored, and listed.
 */
public final class Columns {
    public static final String NAME = "name", FIRST_NAME = "firstName", LAST_NAME = "lastName", COMPANY = "company",
            EMAIL = "email", PHONE = "phone", TITLE = "title", TIER = "tier", TAGS = "tags", NOTES = "notes",
            SOURCE = "source", REFERRED_BY = "referredBy", LAST_CONTACTED = "lastContacted";

    private static final Map<String, String> KNOWN = new HashMap<>();

    static {
        known(NAME, "name", "fullname", "contactname", "displayname", "contact");
        known(FIRST_NAME, "firstname", "givenname", "first", "forename");
        known(LAST_NAME, "lastname", "surname", "familyname", "last");
        known(COMPANY, "company", "companyname", "organization", "organisation", "org", "account", "accountname", "employer");
        known(EMAIL, "email", "emailaddress", "mail", "workemail", "email1", "primaryemail");
        known(PHONE, "phone", "phonenumber", "telephone", "tel", "mobile", "mobilephone", "cell", "workphone", "businessphone");
        known(TITLE, "title", "jobtitle", "position", "role");
        known(TIER, "tier", "category", "contactcategory");
        known(TAGS, "tags", "tag", "labels");
        known(NOTES, "notes", "note", "comments", "comment", "description");
        known(SOURCE, "source", "leadsource");
        known(REFERRED_BY, "referredby", "referrer", "referral", "referredfrom");
        known(LAST_CONTACTED, "lastcontacted", "lastcontact", "lastcontacteddate", "lastcontactdate", "lastcontacton", "lasttouch",
                "lasttouched", "lastactivity", "lastactivitydate");
    }

    private final Map<Integer, String> byIndex;
    private final List<String> ignored;

    private Columns(Map<Integer, String> byIndex, List<String> ignored) {
        this.byIndex = byIndex;
        this.ignored = ignored;
    }

    /**
     * Matches a header row. Without a name column (or first and last name) there is nothing to call
     * anyone by, and a field named by two columns is ambiguous: both refuse the file, naming {@code header}.
     */
    public static Columns of(List<String> header) {
        Map<Integer, String> byIndex = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i) == null ? "" : header.get(i).strip();
            String field = KNOWN.get(normal(raw));
            if (field == null) {
                if (!raw.isEmpty()) ignored.add(raw);
                continue;
            }
            String before = seen.put(field, raw);
            if (before != null) throw Invalid.of("header", "columns '" + before + "' and '" + raw + "' both mean " + field + "; keep one");
            byIndex.put(i, field);
        }
        if (!seen.containsKey(NAME) && !(seen.containsKey(FIRST_NAME) || seen.containsKey(LAST_NAME))) {
            throw Invalid.of("header", "needs a Name column (or First name and Last name); found: " + String.join(", ", header));
        }
        return new Columns(byIndex, List.copyOf(ignored));
    }

    /** The field a column holds, or null when it is ignored. */
    public String field(int index) {
        return byIndex.get(index);
    }

    /** Header cells that match no field, as written. */
    public List<String> ignored() {
        return ignored;
    }

    /** Lower case, accents and everything but letters and digits dropped: "E-mail Address" → "emailaddress". */
    static String normal(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static void known(String field, String... names) {
        for (String n : names) KNOWN.put(n, field);
    }
}
