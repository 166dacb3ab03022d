package vn.lantoa.platform.internal.db;

import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Turns the start-up failures a newcomer meets into one clear sentence, in Vietnamese and
 * English, saying what is wrong and what to do, instead of a long stack trace.
 */
final class StartupFailureAnalyzers {

    private StartupFailureAnalyzers() {}

    @Order(Ordered.HIGHEST_PRECEDENCE)
    static final class PortInUse extends AbstractFailureAnalyzer<PortInUseException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, PortInUseException cause) {
            int port = cause.getPort();
            return new FailureAnalysis(
                    "Cổng " + port + " đang bị chương trình khác dùng. / Port " + port + " is already in use.",
                    "Dừng chương trình đang dùng cổng " + port + " hoặc chạy với --server.port=8081. / Stop the"
                            + " process on port " + port + " or start with --server.port=8081.",
                    cause);
        }
    }

    @Order(Ordered.HIGHEST_PRECEDENCE)
    static final class EmbeddedDatabaseFailure extends AbstractFailureAnalyzer<EmbeddedDatabaseException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, EmbeddedDatabaseException cause) {
            String dir = cause.directory().toString();
            return switch (cause.reason()) {
                case DATA_DIR_NOT_WRITABLE ->
                    new FailureAnalysis(
                            "Không ghi được vào thư mục dữ liệu " + dir + ". / The data directory " + dir
                                    + " is not writable.",
                            "Chọn thư mục khác bằng --lantoa.data-dir=/đường/dẫn hoặc cấp quyền ghi. / Choose another"
                                    + " directory with --lantoa.data-dir=/some/path or make it writable.",
                            cause);
                case START_FAILED ->
                    new FailureAnalysis(
                            "Không khởi động được PostgreSQL nhúng trong " + dir + ": " + rootMessage(cause)
                                    + " / The embedded PostgreSQL in " + dir + " did not start.",
                            "Xem nhật ký ở trên; có thể dùng thư mục dữ liệu khác (--lantoa.data-dir) hoặc PostgreSQL"
                                    + " ngoài (spring.datasource.url). / See the log above; try another --lantoa.data-dir"
                                    + " or an external PostgreSQL (spring.datasource.url).",
                            cause);
            };
        }
    }

    @Order(Ordered.HIGHEST_PRECEDENCE)
    static final class DatabaseUnreachable extends AbstractFailureAnalyzer<SQLException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, SQLException cause) {
            String state = cause.getSQLState() == null ? "" : cause.getSQLState();
            boolean connection = state.startsWith("08") || findCause(root, ConnectException.class) != null;
            boolean credentials = state.equals("28P01") || state.equals("28000");
            if (!connection && !credentials) {
                return null;
            }
            String what = credentials
                    ? "PostgreSQL từ chối tên đăng nhập/mật khẩu. / PostgreSQL rejected the user name or password."
                    : "Không kết nối được tới PostgreSQL (" + rootMessage(cause) + "). / Cannot reach the PostgreSQL"
                            + " server.";
            return new FailureAnalysis(
                    what,
                    "Kiểm tra spring.datasource.url, spring.datasource.username, spring.datasource.password, hoặc bỏ"
                            + " spring.datasource.url để dùng PostgreSQL nhúng. / Check spring.datasource.url, username"
                            + " and password, or unset spring.datasource.url to use the embedded PostgreSQL.",
                    cause);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
