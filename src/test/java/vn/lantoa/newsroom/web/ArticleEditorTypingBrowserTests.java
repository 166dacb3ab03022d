package vn.lantoa.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;

/**
 * Vietnamese typed into the article editor the way each input method delivers it, saved, and read
 * back exactly as stored: Unikey/EVKey on Windows (raw keys corrected with Backspace and the
 * composed letter, Telex and VNI), macOS's Vietnamese keyboard and phone keyboards (IME composition
 * through Chrome's DevTools input, as the operating system's IME reaches the page), and decomposed
 * (NFD) text, which is stored composed (NFC).
 */
@WithChromium
@LanToaIntegrationTest
class ArticleEditorTypingBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    EditorSteps steps;

    @BeforeAll
    static void openBrowser() {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", EditorSteps.WATCH));
    }

    @BeforeEach
    void signIn() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        steps = new EditorSteps(browser, port);
        steps.signInAs("bientap");
    }

    // --- how each input method delivers a word

    /**
     * What Unikey or EVKey (backspace mode) sends for one word: after each key the typist presses it
     * shows the word as it should now read, by sending Backspace for what changed and the new letters
     * (so "Vieejt" arrives as V, i, e, Backspace ê, t, Backspace Backspace ệt).
     *
     * @param keys the keys pressed (documentation, and the count of states)
     * @param shown the word as shown after each key
     */
    static List<CharSequence> unikey(String keys, String... shown) {
        assertThat(shown).as("one state per key of %s", keys).hasSize(keys.length());
        List<CharSequence> sent = new ArrayList<>();
        String before = "";
        for (String after : shown) {
            int same = 0;
            while (same < before.length() && same < after.length() && before.charAt(same) == after.charAt(same)) {
                same++;
            }
            for (int i = same; i < before.length(); i++) {
                sent.add(Keys.BACK_SPACE);
            }
            sent.add(after.substring(same));
            before = after;
        }
        return sent;
    }

    @SafeVarargs
    static CharSequence[] sentence(List<CharSequence>... words) {
        List<CharSequence> all = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                all.add(" ");
            }
            all.addAll(words[i]);
        }
        all.add(".");
        return all.toArray(CharSequence[]::new);
    }

    static final CharSequence[] TELEX = sentence(
            unikey("Tieengs", "T", "Ti", "Tie", "Tiê", "Tiên", "Tiêng", "Tiếng"),
            unikey("Vieejt", "V", "Vi", "Vie", "Viê", "Viêt", "Việt"),
            unikey("cos", "c", "co", "có"),
            unikey("daaus", "d", "da", "dâ", "dâu", "dấu"),
            unikey("ddaayf", "d", "đ", "đa", "đâ", "đây", "đầy"),
            unikey("ddur", "d", "đ", "đu", "đủ"));

    static final CharSequence[] VNI = sentence(
            unikey("Nguoi72", "N", "Ng", "Ngu", "Nguo", "Nguoi", "Ngươi", "Người"),
            unikey("dan6", "d", "da", "dan", "dân"),
            unikey("d9o6ng2", "d", "đ", "đo", "đô", "đôn", "đông", "đồng"),
            unikey("long2", "l", "lo", "lon", "long", "lòng"),
            unikey("xay6", "x", "xa", "xay", "xây"),
            unikey("du7ng5", "d", "du", "dư", "dưn", "dưng", "dựng"),
            unikey("que6", "q", "qu", "que", "quê"),
            unikey("huong7", "h", "hu", "huo", "huon", "huong", "hương"));

    /** One step of an IME's marked (underlined, not yet committed) text, caret at its end. */
    void mark(String text) {
        browser.executeCdpCommand(
                "Input.imeSetComposition",
                Map.of("text", text, "selectionStart", text.length(), "selectionEnd", text.length()));
    }

    /** The IME commits: the marked text is replaced by this one and the composition ends. */
    void commit(String text) {
        browser.executeCdpCommand("Input.insertText", Map.of("text", text));
    }

    /** Counts the editor's composition events, and records every autosave the page sends. */
    void watchCompositionAndAutosave() {
        steps.js("""
                window.__compositions = {start: 0, end: 0};
                tinymce.activeEditor.on('compositionstart', function () { window.__compositions.start++; });
                tinymce.activeEditor.on('compositionend', function () { window.__compositions.end++; });
                window.__autosaves = [];
                var send = window.fetch;
                window.fetch = function (url, options) {
                  if (options && options.method === 'POST' && String(url).endsWith('/tu-luu')) {
                    window.__autosaves.push(JSON.parse(options.body).bodyHtml);
                  }
                  return send.apply(this, arguments);
                };""");
    }

    /** What the page does when the tab is hidden (another window, a phone's home button): saves at once. */
    void hideTab() {
        steps.js("""
                Object.defineProperty(document, 'visibilityState', {configurable: true, get: function () { return 'hidden'; }});
                document.dispatchEvent(new Event('visibilitychange'));
                delete document.visibilityState;""");
    }

    @SuppressWarnings("unchecked")
    List<String> autosavesSent() {
        return (List<String>) steps.js("return window.__autosaves");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> compositions() {
        return (Map<String, Object>) steps.js("return window.__compositions");
    }

    String savedTitle() {
        return browser.findElement(By.id("title")).getAttribute("value");
    }

    String newArticle() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        steps.openEditor(EditorSteps.NEW_ARTICLE);
        return marker;
    }

    void assertStoredExactly(String body) {
        String stored = steps.storedBodyHtml();
        assertThat(stored).isEqualTo(body);
        assertThat(Normalizer.isNormalized(stored, Normalizer.Form.NFC)).isTrue();
    }

    // --- the tests

    @Test
    void unikeyTelexInTheTitleAndTheBodyIsStoredExactlyAsMeant() {
        String marker = newArticle();
        browser.findElement(By.id("title")).sendKeys(TELEX);
        browser.findElement(By.id("title")).sendKeys(" " + marker);
        steps.typeInEditor(TELEX);
        assertThat(steps.editorHtml()).isEqualTo("<p>Tiếng Việt có dấu đầy đủ.</p>");

        steps.press("save");
        assertThat(browser.getCurrentUrl()).contains("?luu");
        assertThat(savedTitle()).isEqualTo("Tiếng Việt có dấu đầy đủ. " + marker);
        assertStoredExactly("<p>Tiếng Việt có dấu đầy đủ.</p>");
    }

    @Test
    void unikeyVniWithDigitsAsToneKeysIsStoredExactlyAsMeant() {
        String marker = newArticle();
        browser.findElement(By.id("title")).sendKeys(VNI);
        browser.findElement(By.id("title")).sendKeys(" " + marker);
        steps.typeInEditor(VNI);

        steps.press("save");
        assertThat(savedTitle()).isEqualTo("Người dân đồng lòng xây dựng quê hương. " + marker);
        assertStoredExactly("<p>Người dân đồng lòng xây dựng quê hương.</p>");
    }

    /**
     * macOS's Vietnamese keyboard shows each word as marked text while it is typed (Telex keys change
     * it in place) and commits it at the space. The autosave must not keep a half-composed word.
     */
    @Test
    void theMacKeyboardsMarkedTextIsCommittedOnceAndNeverAutosavedHalfComposed() {
        String marker = newArticle();
        browser.findElement(By.id("title")).sendKeys("Gõ trên máy Mac " + marker);
        watchCompositionAndAutosave();
        steps.caretAtEnd();
        List<List<String>> words = List.of(
                List.of("T", "Ti", "Tie", "Tiê", "Tiên", "Tiêng", "Tiếng"),
                List.of("V", "Vi", "Vie", "Viê", "Viêt", "Việt"),
                List.of("c", "co", "có"),
                List.of("d", "da", "dâ", "dâu", "dấu"),
                List.of("d", "đ", "đa", "đâ", "đây", "đầy"),
                List.of("d", "đ", "đu", "đủ"));
        for (List<String> states : words) {
            states.forEach(this::mark);
            commit(states.getLast());
            commit(" ");
        }
        assertThat(compositions())
                .as("every word reached the editor as one composition")
                .containsEntry("start", 6L)
                .containsEntry("end", 6L);

        // Half-way through a word, the tab is hidden: nothing of the marked text is saved.
        mark("c");
        mark("câ");
        hideTab();
        assertThat(Objects.toString(steps.localDraft(), "")).doesNotContain("câ");
        assertThat(autosavesSent()).noneMatch(body -> body.contains("câ"));
        mark("câu");
        commit("câu");
        commit(".");
        hideTab();
        assertThat(steps.localDraft()).contains("Tiếng Việt có dấu đầy đủ câu.");
        assertThat(autosavesSent()).last().isEqualTo("<p>Tiếng Việt có dấu đầy đủ câu.</p>");

        steps.press("save");
        assertStoredExactly("<p>Tiếng Việt có dấu đầy đủ câu.</p>");
    }

    /**
     * A phone keyboard (Gboard, iOS) composes the whole word as it is typed and commits it with the
     * space, in one insertion; the words must come out once each.
     */
    @Test
    void aPhoneKeyboardsComposedWordsCommittedWithTheSpaceAreNotDoubled() {
        browser.manage().window().setSize(new Dimension(390, 844));
        String marker = newArticle();
        browser.findElement(By.id("title")).sendKeys("Gõ trên điện thoại " + marker);
        watchCompositionAndAutosave();
        steps.caretAtEnd();
        for (String word : List.of("Đoàn", "viên", "ra", "quân", "Chủ", "nhật", "xanh")) {
            for (int i = 1; i <= word.length(); i++) {
                mark(word.substring(0, i));
            }
            commit(word + " ");
        }
        mark("sá");
        mark("sán");
        mark("sáng");
        commit("sáng.");
        assertThat(compositions()).containsEntry("start", 8L).containsEntry("end", 8L);

        steps.press("save");
        assertStoredExactly("<p>Đoàn viên ra quân Chủ nhật xanh sáng.</p>");
    }

    /** Some VNI setups and text copied on macOS are decomposed: base letters and combining marks. */
    @Test
    void decomposedTextIsStoredComposed() {
        String marker = newArticle();
        String nfd = Normalizer.normalize("Tiếng Việt có dấu đầy đủ.", Normalizer.Form.NFD);
        assertThat(nfd).contains("e\u0323\u0302").isNotEqualTo("Tiếng Việt có dấu đầy đủ.");
        steps.click(browser.findElement(By.id("title")));
        commit(nfd + " " + marker);
        steps.caretAtEnd();
        commit(nfd);
        assertThat(steps.editorHtml()).as("the browser keeps what it was given").isEqualTo("<p>" + nfd + "</p>");

        steps.press("save");
        assertThat(savedTitle()).isEqualTo("Tiếng Việt có dấu đầy đủ. " + marker);
        assertStoredExactly("<p>Tiếng Việt có dấu đầy đủ.</p>");
    }
}
