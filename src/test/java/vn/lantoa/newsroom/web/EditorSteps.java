package vn.lantoa.newsroom.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lantoa.platform.Chromium;
import vn.lantoa.platform.LanToaIntegrationTest;

/** A person's steps in the article editor, shared by the editor's browser test classes. */
final class EditorSteps {

    /** Counts alert() calls and CSP violations on every page, installed before any script runs. */
    static final String WATCH = """
            window.__alerts = 0; window.__csp = [];
            window.alert = function () { window.__alerts++; };
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
            });""";

    static final String NEW_ARTICLE = "/quan-tri/bai-viet/moi";

    private final ChromeDriver browser;
    private final int port;

    EditorSteps(ChromeDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    void signInAs(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/dang-nhap"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(LanToaIntegrationTest.DEMO_PASSWORD);
        WebElement password = browser.findElement(By.id("password"));
        password.submit();
        waitUntil(Chromium.gone(password));
    }

    void openEditor(String path) {
        browser.get(url(path));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lt-editor.lt-editor-ready")));
    }

    /** Opens the editor and waits until it has decided whether to offer a draft. */
    void openEditorAndCheckDrafts(String path) {
        openEditor(path);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lt-editor.lt-draft-checked")));
    }

    void typeInEditor(CharSequence... keys) {
        js("tinymce.activeEditor.focus()");
        browser.switchTo().frame(browser.findElement(By.cssSelector("iframe.tox-edit-area__iframe")));
        browser.findElement(By.tagName("body")).sendKeys(keys);
        browser.switchTo().defaultContent();
    }

    /** Puts the caret after the last character of the body, as a click at its end does, then types. */
    void typeAtEndOfEditor(CharSequence... keys) {
        caretAtEnd();
        typeInEditor(keys);
    }

    void caretAtEnd() {
        js("""
                var ed = tinymce.activeEditor; ed.focus();
                ed.selection.select(ed.getBody(), true); ed.selection.collapse(false);""");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** A paste as the browser delivers it: a ClipboardEvent whose data has text/html. */
    void paste(String html) {
        js("""
                var ed = tinymce.activeEditor; ed.focus();
                var data = new DataTransfer();
                data.setData('text/html', arguments[0]);
                data.setData('text/plain', new DOMParser().parseFromString(arguments[0], 'text/html').body.textContent);
                ed.getBody().dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
                """, html);
    }

    String editorHtml() {
        return (String) js("return tinymce.activeEditor.getContent()");
    }

    /** Clicks a button and waits for the next page (scrolled there at once: Bootstrap scrolls smoothly). */
    void press(String id) {
        WebElement element = browser.findElement(By.id(id));
        click(element);
        waitUntil(Chromium.gone(element));
    }

    void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** The body as stored, exactly: the page gives it back in the textarea the editor sits on. */
    String storedBodyHtml() {
        return (String) js("return document.getElementById('bodyHtml').defaultValue");
    }

    Document storedBody() {
        return Jsoup.parseBodyFragment(storedBodyHtml());
    }

    /** This device's draft of the form now open (the key carries the signed-in user), or null. */
    String localDraft() {
        return (String) js("""
                var root = document.getElementById('lt-editor');
                return localStorage.getItem('lantoa.editor.draft.' + root.dataset.draftUser + '.' + root.dataset.draftKey);""");
    }

    /** The keys of every editor draft this browser keeps, whoever wrote them. */
    @SuppressWarnings("unchecked")
    List<String> localDraftKeys() {
        return (List<String>) js("""
                return Object.keys(localStorage).filter(function (k) { return k.indexOf('lantoa.editor.draft.') === 0; });""");
    }

    /** Forgets the signed-in user's server copy of a form's draft, as the editor's discard button does. */
    void discardServerDraft(String key) {
        js("""
                var h = {}; h[document.querySelector('meta[name=_csrf_header]').content] =
                  document.querySelector('meta[name=_csrf]').content;
                window.__discarded = false;
                fetch('/quan-tri/bai-viet/tu-luu/xoa?khoa=' + arguments[0], {method: 'POST', headers: h})
                  .then(function (r) { window.__discarded = r.ok; });""", key);
        waitUntil(d -> Boolean.TRUE.equals(js("return window.__discarded")));
    }

    long alerts() {
        return ((Number) js("return window.__alerts")).longValue();
    }

    @SuppressWarnings("unchecked")
    List<String> cspViolations() {
        return (List<String>) js("return window.__csp");
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(25)).until(condition::apply);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static String fixture(String name) {
        try (InputStream in = EditorSteps.class.getResourceAsStream("/newsroom/paste/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String newArticleWith(String title) {
        openEditor(NEW_ARTICLE);
        browser.findElement(By.id("title")).sendKeys(title);
        return title;
    }
}
