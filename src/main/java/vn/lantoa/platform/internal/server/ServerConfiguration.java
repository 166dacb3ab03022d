package vn.lantoa.platform.internal.server;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's socket write buffer: 8 KB by default, so a page of 15 KB left in two {@code write}
 * calls, the first in the middle of the body. With room for a whole page it leaves in one, with
 * its headers, when the response is closed (BENCHMARKS.md, "Render"). A buffer is held per
 * connection while it writes; 32 KB for each of a few hundred busy connections is a few MB.
 */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer(
            @Value("${lantoa.server.socket-write-buffer-bytes:32768}") int bytes) {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(bytes)));
    }
}
