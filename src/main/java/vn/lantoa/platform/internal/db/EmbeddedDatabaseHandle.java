package vn.lantoa.platform.internal.db;

import java.io.IOException;
import org.springframework.beans.factory.DisposableBean;

/** Owns the embedded server unless it is the per-JVM one shared by tests. */
record EmbeddedDatabaseHandle(EmbeddedDatabase database, boolean owned) implements DisposableBean {

    @Override
    public void destroy() throws IOException {
        if (owned) {
            database.close();
        }
    }
}
