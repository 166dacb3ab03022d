package vn.lantoa.platform;

/**
 * A module's part of the demo data. Contributors run once, in {@link #order()}, in one
 * transaction, on the first start of a database where the demo is enabled.
 */
public interface DemoDataContributor {

    /** Lower runs first: units before accounts, accounts before articles. */
    int order();

    void contribute(DemoContext context);

    /** What the contributors share: the demo password and the ids others created. */
    interface DemoContext {
        String password();

        void put(String key, Object value);

        <T> T get(String key, Class<T> type);
    }
}
