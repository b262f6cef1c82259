package org.communs.portal.plugins.links;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.plugin.AuditTrail;
import org.communs.portal.api.plugin.Blobs;
import org.communs.portal.api.plugin.Mail;
import org.communs.portal.api.plugin.PluginAuthorization;
import org.communs.portal.api.plugin.PluginContext;
import org.communs.portal.api.plugin.PluginDescriptor;
import org.communs.portal.api.plugin.PluginSearch;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.api.plugin.SearchEntry;
import org.communs.portal.api.plugin.Texts;

/** A portal as far as the plugin's unit tests need one: a member, their permissions, and what was recorded. */
class FakeContext implements PluginContext {

    final List<String> audited = new ArrayList<>();
    final List<SearchEntry> indexed = new ArrayList<>();
    PortalMember member;
    boolean managers;

    /** @param role the signed-in member's role, or null for nobody signed in */
    FakeContext(String role) {
        member = role == null ? null : new PortalMember(7, "Camille", Locale.FRENCH, Set.of(role));
        managers = "ADMIN".equals(role);
    }

    @Override
    public PluginDescriptor descriptor() {
        throw new UnsupportedOperationException();
    }

    @Override
    public DataSource dataSource() {
        return noDatabase();
    }

    /** @return a data source that fails the test when it is used */
    static DataSource noDatabase() {
        return (DataSource) Proxy.newProxyInstance(FakeContext.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    throw new AssertionError("the test expected no database access, got " + method.getName());
                });
    }

    @Override
    public Optional<PortalMember> currentMember() {
        return Optional.ofNullable(member);
    }

    @Override
    public PluginAuthorization authorization() {
        return new PluginAuthorization() {
            @Override
            public boolean has(PortalMember someone, String permission) {
                if (!Links.MANAGE.equals(permission)) {
                    throw new IllegalArgumentException(permission);
                }
                return managers && someone.isAdmin();
            }

            @Override
            public PortalMember require(String permission) {
                if (member == null || !has(member, permission)) {
                    throw new AccessDeniedException(permission);
                }
                return member;
            }
        };
    }

    @Override
    public AuditTrail audit() {
        return (action, targetType, targetId, details) -> audited.add(action);
    }

    @Override
    public PluginSearch search() {
        return new PluginSearch() {
            @Override
            public void index(SearchEntry entry) {
                indexed.add(entry);
            }

            @Override
            public void delete(String type, String id) {
                indexed.removeIf(entry -> entry.type().equals(type) && entry.id().equals(id));
            }
        };
    }

    @Override
    public Mail mail() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Blobs blobs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Texts texts() {
        return new Texts() {
            @Override
            public Locale locale() {
                return Locale.FRENCH;
            }

            @Override
            public String text(String bundle, String key, Object... arguments) {
                return key;
            }
        };
    }

    @Override
    public boolean enabledFor(long collectiveId) {
        return true;
    }
}
