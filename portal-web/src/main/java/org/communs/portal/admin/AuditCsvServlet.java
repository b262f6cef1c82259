package org.communs.portal.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.communs.portal.audit.AuditCsv;
import org.communs.portal.audit.AuditQuery;
import org.communs.portal.audit.AuditRecord;
import org.communs.portal.error.PortalException;

/** Downloads the audit log as CSV, with the filters of the audit page. Admins only. */
@WebServlet("/admin/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    static final int EXPORT_LIMIT = 10_000;

    @Inject
    AuditReading reading;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<AuditRecord> records;
        try {
            records = reading.export(new AuditQuery(request.getParameter("action"), request.getParameter("actor"),
                    day(request.getParameter("from"), 0), day(request.getParameter("to"), 1), EXPORT_LIMIT));
        } catch (PortalException refused) {
            response.sendError(refused.reason().httpStatus());
            return;
        } catch (DateTimeParseException badDate) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        AuditCsv.write(records, response.getWriter());
    }

    private static java.time.Instant day(String text, int plusDays) {
        return text == null || text.isBlank() ? null
                : LocalDate.parse(text).plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
