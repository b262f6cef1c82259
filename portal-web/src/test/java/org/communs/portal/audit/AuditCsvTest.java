package org.communs.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AuditCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+33 6 00\"", AuditCsv.cell("+33 6 00"));
        assertEquals("\"Dupont, Jean\"", AuditCsv.cell("Dupont, Jean"));
        assertEquals("", AuditCsv.cell(null));
    }

    @Test
    void oneLinePerEntryAfterTheHeader() {
        StringWriter out = new StringWriter();
        AuditCsv.write(List.of(new AuditRecord(3, Instant.parse("2026-11-24T10:15:30Z"), null, "system",
                "member.disabled", "member", "12", "{\"a\":\"b\"}", null)), out);

        assertEquals("id,occurred_at_utc,actor_id,actor,action,object_type,object_id,details,client_ip\r\n"
                + "3,2026-11-24T10:15:30Z,,\"system\",\"member.disabled\",\"member\",\"12\",\"{\"\"a\"\":\"\"b\"\"}\",\r\n",
                out.toString());
    }
}
