package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.error.Invalid;
import com.salescarousel.imports.ContactFile;
import com.salescarousel.imports.CsvContacts;
import com.salescarousel.imports.Importer;
import com.salescarousel.imports.VcardContacts;
import com.salescarousel.problem.Problem;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.Reps;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;

/**
 * {@code POST /api/imports?dryRun=}: a CSV ({@code text/csv}) or vCard ({@code text/vcard}) file as
 * the body. Its limit is raised from the API's 64 KB to {@link #MAX_BYTES}: 5,000 ordinary rows
 * take 1-2 MB, and 4 MiB still fits Lambda's 6 MB request even base64-encoded (x 4/3 = 5.6 MB).
 */
final class ImportsResource {
    static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final Set<String> CSV = Set.of("text/csv", "application/csv", "text/comma-separated-values");
    private static final Set<String> VCARD = Set.of("text/vcard", "text/x-vcard", "text/directory");

    private final Reps reps;
    private final Importer importer;

    @Inject
    ImportsResource(Reps reps, Importer importer) {
        this.reps = reps;
        this.importer = importer;
    }

    APIGatewayV2HTTPResponse run(ApiRequest req, Caller caller) {
        boolean dryRun = dryRun(req);
        String header = req.header("content-type").orElse("");
        String type = header.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!CSV.contains(type) && !VCARD.contains(type)) {
            throw new Problem(415, "Unsupported media type", "send the file as text/csv or text/vcard (was '" + type + "')", List.of());
        }
        byte[] bytes = req.bytes(MAX_BYTES);
        if (bytes == null || bytes.length == 0) throw Invalid.of("body", "is empty: send the file itself as the body");
        String text = decode(bytes, header);
        ContactFile file;
        try {
            file = CSV.contains(type) ? CsvContacts.read(text) : VcardContacts.read(text);
        } catch (ContactFile.TooManyRows e) {
            throw new Problem(413, "Too many contacts", e.getMessage(), List.of());
        }
        return ApiResponse.json(200, view(importer.run(reps.profileOf(caller), file, Requests::importDraft, dryRun)));
    }

    private static boolean dryRun(ApiRequest req) {
        String v = req.query("dryRun").orElse("false");
        if (v.equals("true")) return true;
        if (v.equals("false")) return false;
        throw Invalid.of("dryRun", "must be true or false");
    }

    /** UTF-8 (a byte-order mark is fine) unless the request names another charset; bad UTF-8 is refused, never guessed. */
    static String decode(byte[] bytes, String contentType) {
        Charset charset = StandardCharsets.UTF_8;
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (!p.toLowerCase(Locale.ROOT).startsWith("charset=")) continue;
            try {
                charset = Charset.forName(p.substring(8).replace("\"", "").strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new Problem(415, "Unsupported media type", "unknown charset '" + p.substring(8) + "'; send UTF-8", List.of());
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Invalid.of("body", "is not " + charset.name() + " text: in Excel, save as \"CSV UTF-8 (Comma delimited)\""
                    + " or name the file's charset (text/csv; charset=windows-1252)");
        }
    }

    static Map<String, Object> view(Importer.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dryRun", r.dryRun());
        m.put("created", r.created());
        m.put("duplicates", r.duplicates());
        m.put("errors", r.errors());
        m.put("ignoredColumns", r.ignoredColumns());
        m.put("rows", r.rows().stream().map(row -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("row", row.row());
            o.put("status", row.status());
            o.put("name", row.name());
            if (row.id() != null) o.put("id", row.id());
            if (row.duplicateOfRow() != null) o.put("duplicateOfRow", row.duplicateOfRow());
            if (row.errors() != null) o.put("errors", row.errors().stream().map(e -> Map.of("name", e.name(), "reason", e.reason())).toList());
            return o;
        }).toList());
        return m;
    }
}
