package io.tributary.server.bench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The streaming benchmark's ceiling: a bare websocket echo at {@code /bench-echo} on the same stack as {@code
 * /connect} (Spring WebSocket on the application's Tomcat), only in a server started with {@code
 * --tributary.bench.echo=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tributary.bench.echo", havingValue = "true")
class BenchEcho implements WebSocketConfigurer {
    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(
                        new TextWebSocketHandler() {
                            @Override
                            protected void handleTextMessage(WebSocketSession session, TextMessage message)
                                    throws Exception {
                                session.sendMessage(message);
                            }
                        },
                        "/bench-echo")
                .setAllowedOriginPatterns("*");
    }
}
