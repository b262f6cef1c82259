package org.communs.portal.plugins.tasks.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * A data source that records every SQL statement executed through it: what a test counts to prove
 * that an action costs the same number of statements whatever the size of the data.
 */
public final class CountingDataSource {

    private final List<String> executed = Collections.synchronizedList(new ArrayList<>());
    private final DataSource counting;

    public CountingDataSource(DataSource real) {
        this.counting = wrap(DataSource.class, real, (method, args, result) ->
                result instanceof Connection connection ? wrap(Connection.class, connection, this::statementOf) : result);
    }

    /** @return the data source to give the code under test */
    public DataSource source() {
        return counting;
    }

    /** Forgets what was executed so far. */
    public void reset() {
        executed.clear();
    }

    /** @return the statements executed since the last {@link #reset}, in order */
    public List<String> executed() {
        return List.copyOf(executed);
    }

    // A prepared statement is recorded with the SQL it was prepared with, a plain one with what it executes.
    private Object statementOf(Method method, Object[] args, Object result) {
        if (result instanceof PreparedStatement prepared) {
            String sql = (String) args[0];
            return wrap(PreparedStatement.class, prepared, (call, callArgs, callResult) -> {
                record(call, sql);
                return callResult;
            });
        }
        if (result instanceof Statement plain) {
            return wrap(Statement.class, plain, (call, callArgs, callResult) -> {
                record(call, callArgs != null && callArgs.length > 0 ? String.valueOf(callArgs[0]) : "(batch)");
                return callResult;
            });
        }
        return result;
    }

    private void record(Method call, String sql) {
        if (call.getName().startsWith("execute")) {
            executed.add(sql);
        }
    }

    private static <T> T wrap(Class<T> type, T real, Then then) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return then.after(method, args, method.invoke(real, args));
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** What a wrapper does after a call (wraps what the caller gets back, records it, or passes it on). */
    @FunctionalInterface
    private interface Then {
        Object after(Method method, Object[] args, Object result) throws Exception;
    }
}
