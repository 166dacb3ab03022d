package vn.lantoa.platform.internal.views;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * jte views rendered into UTF-8 bytes, then written in one piece with a {@code Content-Length}.
 *
 * <p>The starter's view writes through the response's {@code PrintWriter}: every character of the
 * page was encoded by Tomcat's writer and the page went out chunked. With the templates compiled with
 * {@code binaryStaticContent} (pom.xml), the static HTML is UTF-8 already and is copied as bytes; only
 * the dynamic parts are encoded (BENCHMARKS.md, "Render"). A template that fails half-way has then
 * written nothing, so the error page is a whole page, not a torn one.
 */
@Configuration(proxyBeanMethods = false)
class ByteJteViews {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine engine, JteProperties properties) {
        return new ByteViewResolver(engine, properties);
    }

    static final class ByteViewResolver extends JteViewResolver {

        private final TemplateEngine engine;

        ByteViewResolver(TemplateEngine engine, JteProperties properties) {
            super(engine, properties); // suffix, content type, order and request attributes as the starter's
            this.engine = engine;
            setViewClass(ByteView.class);
        }

        @Override
        protected AbstractUrlBasedView instantiateView() {
            return new ByteView(engine);
        }

        @Override
        protected Class<?> requiredViewClass() {
            return AbstractTemplateView.class; // the starter's constructor sets its own view class first
        }
    }

    static final class ByteView extends AbstractTemplateView {

        /** A typical page is 10-40 KB: one chunk holds most pages whole. */
        private static final int CHUNK = 16 * 1024;

        private final TemplateEngine engine;

        ByteView(TemplateEngine engine) {
            this.engine = engine;
        }

        @Override
        public boolean checkResource(Locale locale) {
            return engine.hasTemplate(getUrl());
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            Utf8ByteOutput output = new Utf8ByteOutput(CHUNK);
            engine.render(getUrl(), model, output);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
