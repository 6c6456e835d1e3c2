package io.tributary.server.streaming;

import io.tributary.server.shared.NodeRoles;
import io.tributary.server.storage.StreamStore;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * {@code /connect} on the application's own Tomcat (Spring's WebSocket support over Jakarta WebSocket), and the
 * bus chosen by {@code TRIBUTARY_STREAMING_BUS}. The upgrade carries no credentials (the protocol authenticates in
 * IDENTIFY), so any origin may open it, as with Terra's gateway.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class StreamingConfig implements WebSocketConfigurer {
    private final ObjectProvider<StreamSocketHandler> handler;
    private final NodeRoles roles;

    StreamingConfig(ObjectProvider<StreamSocketHandler> handler, NodeRoles roles) {
        this.handler = handler;
        this.roles = roles;
    }

    /** Only on nodes with the {@code streaming} role ({@code TRIBUTARY_ROLES}); elsewhere {@code /connect} is 404. */
    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        if (roles.has(NodeRoles.Role.STREAMING))
            registry.addHandler(handler.getObject(), "/connect").setAllowedOriginPatterns("*");
    }

    /**
     * Reads its one setting from the {@code Environment}: a FactoryBean is instantiated early, for type prediction,
     * before the configuration-properties beans exist. Only in a servlet web application: the {@code import} and
     * {@code rotate-key} commands start the application without a web server, where there is no container to tune.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static ServletServerContainerFactoryBean streamingWebSocketContainer(Environment env) {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(
                env.getProperty("tributary.streaming.max-frame-bytes", Integer.class, 65_536));
        container.setMaxBinaryMessageBufferSize(1024);
        container.setAsyncSendTimeout(30_000L);
        return container;
    }

    @Bean
    StreamBus streamBus(StreamingProperties props, StreamHub hub, StreamStore store, Clock clock) {
        return switch (props.bus()) {
            case "memory" -> new MemoryBus(hub, props, clock);
            default -> new PostgresBus(store, hub, props, clock);
        };
    }
}
