package org.communs.portal.collective;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.communs.portal.audit.AuditCsv;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.error.PortalException;
import org.communs.portal.image.JpegResponse;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.RequestActor;

/**
 * {@code /collectives/subscribers.csv?id=N}: the subscriber list of a collective for its leads,
 * with only the fields each member shows them; the export is written to the audit log.
 */
@WebServlet("/collectives/subscribers.csv")
public class SubscribersCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Subscriptions subscriptions;

    @Inject
    transient CurrentMember currentMember;

    @Inject
    transient AuditLog audit;

    @Inject
    transient RequestActor requestActor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = JpegResponse.id(request.getParameter("id"));
        MemberSummary lead = currentMember.member().orElse(null);
        List<Subscriber> list;
        try {
            list = subscriptions.subscribers(lead, id);
        } catch (PortalException refused) {
            response.sendError(refused.reason().httpStatus());
            return;
        }
        audit.record(requestActor.current(), AuditEvent.on("subscription.exported", "collective", id,
                Map.of("rows", String.valueOf(list.size()))));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"subscribers-" + id + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        out.write("name,email,town,since,state,delivery,mailings\r\n");
        for (Subscriber s : list) {
            out.write(String.join(",", AuditCsv.cell(s.name()), AuditCsv.cell(s.email()), AuditCsv.cell(s.town()),
                    AuditCsv.cell(s.since() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(s.since())),
                    s.state().name(), s.delivery().name(), String.valueOf(s.acceptsMailings())));
            out.write("\r\n");
        }
    }
}
