package org.communs.portal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    @Test
    void theLoggedProblemIsTheInnermostCause() {
        var wrapped = new IllegalStateException("Unable to obtain connection",
                new SQLException("Could not connect", new ConnectException("Connection refused")));
        assertEquals("Connection refused", SchemaMigration.rootMessage(wrapped));
    }

    @Test
    void aCauseWithoutMessageIsNamedByItsType() {
        assertEquals("ConnectException", SchemaMigration.rootMessage(new RuntimeException(new ConnectException())));
    }
}
