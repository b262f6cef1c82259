package org.communs.portal.collective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.database.SqlLists;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.image.UploadedImage;
import org.communs.portal.member.CollectiveRole;
import org.communs.portal.member.CollectiveRoles;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.RequestActor;

/**
 * Collectives: created, archived and given leads by admins; their space (description, links,
 * join policy) edited by admins or their leads. Every method checks who asks.
 */
@ApplicationScoped
@Transactional
public class Collectives {

    static final int LOGO_SIDE = 256;

    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;

    @Inject
    Authorization authorization;

    @Inject
    CollectiveRoles collectiveRoles;

    @Inject
    Members members;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    @Inject
    Event<CollectiveChanged> changes;

    /** What plugins are told (after the commit). */
    @Inject
    Event<org.communs.portal.api.plugin.PortalEvent> portalEvents;

    public CollectiveSummary create(MemberSummary actor, CollectiveDraft draft) {
        authorization.require(actor, Action.MANAGE_COLLECTIVES, null);
        CollectiveDraft checked = checkedAgainstOthers(draft, null);
        Collective collective = new Collective(checked);
        entityManager.persist(collective);
        entityManager.flush();
        audit.record(requestActor.current(), AuditEvent.on("collective.created", "collective", collective.getId(),
                Map.of("name", collective.getName())));
        changes.fire(new CollectiveChanged(collective.getId()));
        portalEvents.fire(new org.communs.portal.api.plugin.PortalEvent.CollectiveCreated(collective.getId()));
        return summary(actor, collective);
    }

    public CollectiveSummary update(MemberSummary actor, long id, CollectiveDraft draft) {
        authorization.require(actor, Action.MANAGE_COLLECTIVE, id);
        Collective collective = live(id);
        CollectiveDraft checked = checkedAgainstOthers(draft, id);
        String before = collective.getName();
        collective.apply(checked);
        audit.record(requestActor.current(), AuditEvent.on("collective.updated", "collective", id,
                Map.of("name", collective.getName(), "previousName", before)));
        changes.fire(new CollectiveChanged(id));
        return summary(actor, collective);
    }

    public void archive(MemberSummary actor, long id, boolean archived) {
        authorization.require(actor, Action.MANAGE_COLLECTIVES, null);
        Collective collective = existing(id);
        if (archived) {
            collective.archive();
        } else {
            collective.restore();
        }
        audit.record(requestActor.current(), AuditEvent.on(archived ? "collective.archived" : "collective.restored",
                "collective", id, Map.of("name", collective.getName())));
        changes.fire(new CollectiveChanged(id));
        if (archived) {
            portalEvents.fire(new org.communs.portal.api.plugin.PortalEvent.CollectiveArchived(id));
        }
    }

    public void nameLead(MemberSummary actor, long collectiveId, long memberId) {
        authorization.require(actor, Action.MANAGE_COLLECTIVES, null);
        Collective collective = live(collectiveId);
        MemberSummary lead = members.find(memberId).filter(MemberSummary::active)
                .orElseThrow(() -> new PortalException(Reason.INVALID_INPUT, "collective.error.leadUnknown"));
        collectiveRoles.grant(lead.id(), collectiveId, CollectiveRole.LEAD);
        audit.record(requestActor.current(), AuditEvent.on("collective.leadNamed", "collective", collectiveId,
                Map.of("name", collective.getName(), "lead", lead.displayName(), "leadId", String.valueOf(lead.id()))));
    }

    public void removeLead(MemberSummary actor, long collectiveId, long memberId) {
        authorization.require(actor, Action.MANAGE_COLLECTIVES, null);
        Collective collective = existing(collectiveId);
        collectiveRoles.revoke(memberId, collectiveId, CollectiveRole.LEAD);
        audit.record(requestActor.current(), AuditEvent.on("collective.leadRemoved", "collective", collectiveId,
                Map.of("name", collective.getName(), "leadId", String.valueOf(memberId))));
    }

    /** Replaces the logo with a square JPEG made from the upload (judged by its content). */
    public void saveLogo(MemberSummary actor, long id, byte[] upload) {
        authorization.require(actor, Action.MANAGE_COLLECTIVE, id);
        Collective collective = live(id);
        byte[] jpeg = UploadedImage.square(upload, LOGO_SIDE);
        entityManager.createNativeQuery("update collective set logo = ? where id = ?")
                .setParameter(1, jpeg).setParameter(2, id).executeUpdate();
        collective.logoChanged();
    }

    /** The logo, for any signed-in reader of a collective they may see. */
    public java.util.Optional<byte[]> logo(MemberSummary reader, long id) {
        if (!authorization.may(reader, Action.READ_COLLECTIVE, id)) {
            return java.util.Optional.empty();
        }
        List<?> rows = entityManager.createNativeQuery("select logo from collective where id = ? and logo is not null"
                        + " and (archived_at is null or ?)")
                .setParameter(1, id).setParameter(2, authorization.may(reader, Action.MANAGE_COLLECTIVES, null))
                .getResultList();
        return rows.stream().findFirst().map(logo -> (byte[]) logo);
    }

    /** The members leading this collective, by name. */
    public List<MemberSummary> leads(long collectiveId) {
        List<Long> ids = List.copyOf(collectiveRoles.holders(collectiveId, Set.of(CollectiveRole.LEAD)));
        return members.find(ids).stream().filter(MemberSummary::active)
                .sorted(Comparator.comparing(MemberSummary::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * @throws PortalException not found, also for an archived collective unless the reader manages collectives
     */
    public CollectiveSummary view(MemberSummary reader, long id) {
        authorization.require(reader, Action.USE_PORTAL, null);
        Collective collective = existing(id);
        // Guests see only the collectives that invited them.
        authorization.require(reader, Action.READ_COLLECTIVE, id);
        if (collective.isArchived() && !authorization.may(reader, Action.MANAGE_COLLECTIVES, null)) {
            throw notFound();
        }
        return summary(reader, collective);
    }

    /**
     * The collectives a reader may see, by name: live ones (archived ones too for admins who ask),
     * of one type if given, whose name or summary contains every word of the text (accents ignored).
     */
    public List<CollectiveSummary> list(MemberSummary reader, CollectiveQuery query) {
        authorization.require(reader, Action.USE_PORTAL, null);
        boolean withArchived = query.withArchived() && authorization.may(reader, Action.MANAGE_COLLECTIVES, null);
        List<Collective> all = entityManager.createQuery(
                        "select c from Collective c order by c.name", Collective.class).getResultList();
        List<String> words = words(query.text());
        List<Collective> kept = all.stream()
                .filter(c -> withArchived || !c.isArchived())
                .filter(c -> authorization.may(reader, Action.READ_COLLECTIVE, c.getId()))
                .filter(c -> query.typeId() == null || c.getTypeId() == query.typeId())
                .filter(c -> words.stream().allMatch(fold(c.getName() + " " + c.getSummary())::contains))
                .toList();
        return summaries(reader, kept);
    }

    /** The live collectives this member leads (admins: every live one), for pickers such as a news item's targets. */
    public List<CollectiveSummary> ledBy(MemberSummary member) {
        return list(member, CollectiveQuery.ALL).stream()
                .filter(c -> authorization.may(member, Action.MANAGE_COLLECTIVES, null) || c.lead()).toList();
    }

    public List<CollectiveType> types(boolean withArchived) {
        return entityManager.createQuery("select t from CollectiveType t order by t.position, t.id", CollectiveType.class)
                .getResultList().stream().filter(t -> withArchived || !t.isArchived()).toList();
    }

    /** Adds a type at the end of the list (admins). */
    public CollectiveType addType(MemberSummary actor, String french, String english) {
        authorization.require(actor, Action.MANAGE_COLLECTIVES, null);
        Integer last = entityManager.createQuery("select max(t.position) from CollectiveType t", Integer.class).getSingleResult();
        CollectiveType type = new CollectiveType(typeLabel(french), typeLabel(english), (last == null ? 0 : last) + 10);
        entityManager.persist(type);
        entityManager.flush();
        audit.record(requestActor.current(), AuditEvent.on("collectiveType.added", "collectiveType", type.getId(),
                Map.of("fr", type.getLabelFr(), "en", type.getLabelEn())));
        return type;
    }

    /** Renames a type, or archives it (no new collective of that type; the existing ones keep it). */
    public void changeType(MemberSummary actor, long typeId, String french, String english, boolean archived) {
        authorization.require(actor, Action.MANAGE_COLLECTIVES, null);
        CollectiveType type = entityManager.find(CollectiveType.class, typeId);
        if (type == null) {
            throw new PortalException(Reason.NOT_FOUND, "collective.error.type");
        }
        type.rename(typeLabel(french), typeLabel(english));
        type.archive(archived);
        audit.record(requestActor.current(), AuditEvent.on("collectiveType.changed", "collectiveType", typeId,
                Map.of("fr", type.getLabelFr(), "en", type.getLabelEn(), "archived", String.valueOf(archived))));
    }

    private static String typeLabel(String label) {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty() || clean.length() > 80 || clean.chars().anyMatch(c -> c < 0x20)) {
            throw new PortalException(Reason.INVALID_INPUT, "collective.error.typeLabel", 80);
        }
        return clean;
    }

    /** @return the collective of that name (case ignored), archived ones included, as an admin sees it */
    public java.util.Optional<CollectiveSummary> byName(MemberSummary admin, String name) {
        authorization.require(admin, Action.MANAGE_COLLECTIVES, null);
        return entityManager.createQuery("select c from Collective c where c.name = :name", Collective.class)
                .setParameter("name", name.strip()).getResultStream().findFirst().map(c -> summary(admin, c));
    }

    /** Names of collectives by id (archived included), for labels in feeds and notifications. */
    public Map<Long, String> names(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager.createQuery("select c from Collective c where c.id in :ids", Collective.class)
                    .setParameter("ids", ids).getResultList().forEach(c -> names.put(c.getId(), c.getName()));
        }
        return names;
    }

    /** @throws PortalException not found, or conflict when archived: nothing new goes into an archived collective */
    public void requireLive(long id) {
        live(id);
    }

    /** Whether the collective exists and is not archived. */
    public boolean isLive(long id) {
        Collective collective = entityManager.find(Collective.class, id);
        return collective != null && !collective.isArchived();
    }

    /** @throws PortalException not found, also when archived: for readers outside the portal (feeds) */
    public void requireVisible(long id) {
        if (existing(id).isArchived()) {
            throw notFound();
        }
    }

    Collective existing(long id) {
        Collective collective = entityManager.find(Collective.class, id);
        if (collective == null) {
            throw notFound();
        }
        return collective;
    }

    /** A collective that can still change: archived ones are read-only. */
    Collective live(long id) {
        Collective collective = existing(id);
        if (collective.isArchived()) {
            throw new PortalException(Reason.CONFLICT, "collective.error.archived", collective.getName());
        }
        return collective;
    }

    private CollectiveDraft checkedAgainstOthers(CollectiveDraft draft, Long self) {
        CollectiveDraft checked = draft.checked();
        CollectiveType type = entityManager.find(CollectiveType.class, checked.typeId());
        boolean keepsItsType = self != null && existing(self).getTypeId() == checked.typeId();
        if (type == null || (type.isArchived() && !keepsItsType)) {
            throw new PortalException(Reason.INVALID_INPUT, "collective.error.type");
        }
        List<Collective> sameName = entityManager.createQuery(
                        "select c from Collective c where c.name = :name", Collective.class)
                .setParameter("name", checked.name()).getResultList();
        if (sameName.stream().anyMatch(c -> self == null || c.getId() != self)) {
            throw new PortalException(Reason.CONFLICT, "collective.error.nameTaken", checked.name());
        }
        return checked;
    }

    private CollectiveSummary summary(MemberSummary reader, Collective collective) {
        return summaries(reader, List.of(collective)).getFirst();
    }

    private List<CollectiveSummary> summaries(MemberSummary reader, List<Collective> collectives) {
        if (collectives.isEmpty()) {
            return List.of();
        }
        Map<Long, CollectiveType> types = new HashMap<>();
        types(true).forEach(t -> types.put(t.getId(), t));
        Map<Long, Long> counts = new HashMap<>();
        List<Long> ids = collectives.stream().map(Collective::getId).toList();
        SqlLists.bind(entityManager.createNativeQuery("select collective_id, count(*) from subscription where state = 'ACTIVE'"
                        + " and collective_id in (" + SqlLists.placeholders(ids.size()) + ") group by collective_id"), 1, ids)
                .getResultList().forEach(row -> {
                    Object[] columns = (Object[]) row;
                    counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
                });
        Map<Long, SubscriptionState> mine = new HashMap<>();
        entityManager.createNativeQuery("select collective_id, state from subscription where member_id = ?")
                .setParameter(1, reader.id()).getResultList().forEach(row -> {
                    Object[] columns = (Object[]) row;
                    mine.put(((Number) columns[0]).longValue(), SubscriptionState.valueOf(columns[1].toString()));
                });
        Set<Long> led = collectiveRoles.collectivesWhere(reader.id(), Set.of(CollectiveRole.LEAD));
        List<CollectiveSummary> summaries = new ArrayList<>();
        for (Collective c : collectives) {
            CollectiveType type = types.get(c.getTypeId());
            summaries.add(new CollectiveSummary(c.getId(), c.getName(), c.getTypeId(),
                    type == null ? "" : type.label(reader.language()), c.getSummary(), c.getDescriptionHtml(),
                    c.getJoinPolicy(), c.getLinks(), c.getLogoVersion(), c.isArchived(),
                    counts.getOrDefault(c.getId(), 0L), mine.get(c.getId()), led.contains(c.getId())));
        }
        return summaries;
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(fold(text).split("\\s+"));
    }

    /** Lower case without accents, so "eco" finds "Écologie". */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    private static PortalException notFound() {
        return new PortalException(Reason.NOT_FOUND, "collective.error.notFound");
    }
}
