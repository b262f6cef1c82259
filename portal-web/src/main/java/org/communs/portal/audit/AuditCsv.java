package org.communs.portal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Writes audit records as CSV (RFC 4180), safe to open in a spreadsheet. */
public final class AuditCsv {

    private static final String HEADER = "id,occurred_at_utc,actor_id,actor,action,object_type,object_id,details,client_ip";

    private AuditCsv() {
    }

    public static void write(List<AuditRecord> records, Writer out) {
        try {
            out.write(HEADER);
            out.write("\r\n");
            for (AuditRecord r : records) {
                out.write(String.join(",", String.valueOf(r.id()), r.occurredAt().toString(),
                        r.actorId() == null ? "" : r.actorId().toString(), cell(r.actorName()), cell(r.action()),
                        cell(r.objectType()), cell(r.objectId()), cell(r.details()), cell(r.clientIp())));
                out.write("\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Quotes a cell, and defuses text a spreadsheet would run as a formula (=, +, -, @ at the start),
     * since names and details come from users.
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
