package se.lofteskollen.platform.testing;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Counts what the service's data source sends to PostgreSQL, one entry per round trip: every statement executed
 * (a JDBC batch is one, and so is a text of several statements) and every COMMIT or ROLLBACK. Only the threads
 * counted are kept (the request threads, Tomcat's {@code http-nio-}, unless told otherwise), so that what runs beside
 * them is not counted against them. The event notifier and listener have connections of their own and are never
 * counted.
 */
@TestConfiguration
public class StatementCounter {

    private static final List<String> SENT = new CopyOnWriteArrayList<>();
    private static volatile String counted = "http-nio-";

    /** Forgets what was counted; the request threads are counted from now on. */
    public static void reset() {
        reset("http-nio-");
    }

    /** Forgets what was counted; the threads whose names start with {@code threadNames} are counted from now on. */
    public static void reset(String threadNames) {
        counted = threadNames;
        SENT.clear();
    }

    /** What request threads sent since {@link #reset()}, in order: SQL text, or COMMIT / ROLLBACK. */
    public static List<String> sent() {
        return List.copyOf(SENT);
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
            }
        };
    }

    private static void count(String what) {
        if (Thread.currentThread().getName().startsWith(counted)) {
            SENT.add(what);
        }
    }

    private static DataSource counting(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (method, args) -> {
            Object result = invoke(method, dataSource, args);
            return result instanceof Connection connection ? counting(connection) : result;
        });
    }

    private static Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            switch (method.getName()) {
                case "commit" -> count("COMMIT");
                case "rollback" -> count("ROLLBACK");
                default -> {
                }
            }
            Object result = invoke(method, connection, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            if (result instanceof CallableStatement statement) {
                return counting(CallableStatement.class, statement, sql);
            }
            if (result instanceof PreparedStatement statement) {
                return counting(PreparedStatement.class, statement, sql);
            }
            if (result instanceof Statement statement) {
                return counting(Statement.class, statement, null);
            }
            return result;
        });
    }

    private static <S extends Statement> S counting(Class<S> type, S statement, String preparedSql) {
        return proxy(type, statement, (method, args) -> {
            if (method.getName().startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                count(String.valueOf(sql).strip().replaceAll("\\s+", " "));
            }
            return invoke(method, statement, args);
        });
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type},
                (self, method, args) -> handler.handle(method, args));
    }
}
