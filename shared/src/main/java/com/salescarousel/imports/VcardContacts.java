package com.salescarousel.imports;

import com.salescarousel.error.Invalid;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Contacts from vCards (ez-vcard reads 2.1, 3.0 and 4.0: what iPhone, Android and Outlook export),
 * one contact per card, in file order. The name is FN, else N; the company ORG's first part; the
 * preferred (else first) e-mail and phone; TITLE, NOTE and CATEGORIES as title, notes and tags.
 */
public final class VcardContacts {
    private VcardContacts() {}

    public static ContactFile read(String text) {
        List<VCard> cards;
        try {
            cards = Ezvcard.parse(text).all();
        } catch (RuntimeException e) {
            // ez-vcard reads leniently and collects warnings; what it still cannot read is the file's fault.
            throw Invalid.of("body", "is not a vCard file we can read: " + e.getMessage());
        }
        if (cards.isEmpty()) throw Invalid.of("body", "holds no vCard (BEGIN:VCARD ... END:VCARD)");
        if (cards.size() > ContactFile.MAX_ROWS) throw new ContactFile.TooManyRows();
        List<ContactRow> rows = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) rows.add(new ContactRow(i + 1, fields(cards.get(i)), List.of()));
        return new ContactFile(rows, List.of());
    }

    static Map<String, String> fields(VCard card) {
        Map<String, String> f = new HashMap<>();
        put(f, Columns.NAME, card.getFormattedName() == null ? null : card.getFormattedName().getValue());
        if (!f.containsKey(Columns.NAME) && card.getStructuredName() != null) {
            StructuredName n = card.getStructuredName();
            put(f, Columns.FIRST_NAME, n.getGiven());
            put(f, Columns.LAST_NAME, n.getFamily());
        }
        if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
            put(f, Columns.COMPANY, card.getOrganization().getValues().get(0));
        }
        put(f, Columns.EMAIL, preferred(card.getEmails(), Email::getPref, e -> e.getTypes().contains(EmailType.PREF), Email::getValue));
        put(f, Columns.PHONE, preferred(card.getTelephoneNumbers(), Telephone::getPref, t -> t.getTypes().contains(TelephoneType.PREF),
                VcardContacts::number));
        put(f, Columns.TITLE, card.getTitles().stream().map(Title::getValue).filter(Objects::nonNull).findFirst().orElse(null));
        put(f, Columns.NOTES, card.getNotes().stream().map(Note::getValue).filter(Objects::nonNull).collect(Collectors.joining("\n")));
        put(f, Columns.TAGS, card.getCategoriesList().stream().flatMap(c -> c.getValues().stream()).collect(Collectors.joining(",")));
        return f;
    }

    /** The one marked preferred (PREF=1 in 4.0, TYPE=pref in 2.1/3.0), else the first. */
    private static <T> String preferred(List<T> all, java.util.function.Function<T, Integer> pref,
                                        java.util.function.Predicate<T> typedPref, java.util.function.Function<T, String> value) {
        return all.stream()
                .sorted(Comparator.comparing((T t) -> pref.apply(t) == null ? (typedPref.test(t) ? 0 : Integer.MAX_VALUE) : pref.apply(t)))
                .map(value).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    /** 3.0 writes the number as text, 4.0 often as a {@code tel:} URI. */
    private static String number(Telephone t) {
        if (t.getText() != null) return t.getText();
        return t.getUri() == null ? null : Stream.of(t.getUri().getNumber(), t.getUri().getExtension() == null ? null : "ext " + t.getUri().getExtension())
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    private static void put(Map<String, String> f, String field, String value) {
        if (value != null && !value.isBlank()) f.put(field, value.strip());
    }
}
