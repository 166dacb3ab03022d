package vn.lantoa.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium ({@link Chromium#start}) for all the tests of a class, put into its fields
 * of type {@link WebDriver} or {@link ChromeDriver} (static ones before its {@code @BeforeAll}
 * methods run) and quit after its last test. With {@link #freshCookies} every test starts without
 * the cookies of the one before (nobody signed in), as if in a new browser.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(WithChromium.Extension.class)
public @interface WithChromium {

    /** {@code false}: JavaScript switched off, as in a locked-down office browser. */
    boolean javaScript() default true;

    /** Clears every cookie before each test. */
    boolean freshCookies() default false;

    /** Starts, hands out and quits the browser of a test class. */
    final class Extension
            implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestInstancePostProcessor {

        private static final ExtensionContext.Namespace SPACE = ExtensionContext.Namespace.create(WithChromium.class);

        @Override
        public void beforeAll(ExtensionContext context) throws IllegalAccessException {
            inject(context.getRequiredTestClass(), null, browser(context));
        }

        @Override
        public void postProcessTestInstance(Object instance, ExtensionContext context) throws IllegalAccessException {
            inject(instance.getClass(), instance, browser(context));
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            if (settings(context.getRequiredTestClass()).freshCookies()) {
                browser(context).executeCdpCommand("Network.clearBrowserCookies", Map.of());
            }
        }

        @Override
        public void afterAll(ExtensionContext context) {
            ChromeDriver browser = context.getStore(SPACE).remove(context.getRequiredTestClass(), ChromeDriver.class);
            if (browser != null) {
                browser.quit();
            }
        }

        /**
         * The class's browser, started on first use: before the class's {@code @BeforeAll} methods,
         * or when its one instance is made ({@code PER_CLASS}), whichever comes first. Kept in the
         * class's store, which a test's own context looks into too.
         */
        private static ChromeDriver browser(ExtensionContext context) {
            Class<?> type = context.getRequiredTestClass();
            ExtensionContext.Store store = context.getStore(SPACE);
            ChromeDriver browser = store.get(type, ChromeDriver.class);
            if (browser == null) {
                browser = Chromium.start(settings(type).javaScript());
                store.put(type, browser);
            }
            return browser;
        }

        private static WithChromium settings(Class<?> type) {
            WithChromium settings = type.getAnnotation(WithChromium.class);
            if (settings == null) {
                throw new IllegalStateException(type.getName() + " is not annotated with @WithChromium");
            }
            return settings;
        }

        /** Sets the static fields ({@code instance} null) or the instance's fields that hold a browser. */
        private static void inject(Class<?> type, Object instance, ChromeDriver browser) throws IllegalAccessException {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    boolean wanted = field.getType() == WebDriver.class || field.getType() == ChromeDriver.class;
                    if (wanted && Modifier.isStatic(field.getModifiers()) == (instance == null)) {
                        field.setAccessible(true);
                        field.set(instance, browser);
                    }
                }
            }
        }
    }
}
