package se.lofteskollen.platform.eventstore.notify;

import org.springframework.context.SmartLifecycle;

import java.util.Properties;

/**
 * A daemon thread that works on a PostgreSQL connection of its own, outside the pool (which it would otherwise hold
 * for as long as the service runs), from the context's start to its stop: up before the event processors start and
 * anything appends, down after.
 */
abstract class OwnConnectionThread implements SmartLifecycle {

    private final String name;
    private volatile boolean running;
    private Thread thread;

    OwnConnectionThread(String name) {
        this.name = name;
    }

    /** The login for a connection of its own: the service's own, as the pool has it. */
    static Properties credentials(String username, String password) {
        Properties credentials = new Properties();
        if (username != null) {
            credentials.setProperty("user", username);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        return credentials;
    }

    /** The thread's work; it returns once {@link #isRunning()} is false (it is also interrupted then). */
    protected abstract void work();

    /** Called as the thread is asked to stop, before it is interrupted: wakes it wherever it waits of its own accord. */
    protected void wake() {
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::work, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        wake();
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
