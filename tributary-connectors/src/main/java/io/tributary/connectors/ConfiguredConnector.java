package io.tributary.connectors;

import io.tributary.model.DataType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A connector with the deployment's settings applied to its descriptor (URL overrides, history days); everything
 * else is the connector's own. See {@link Connectors#configured}.
 */
final class ConfiguredConnector implements Connector {
    private final Connector delegate;
    private final ConnectorDescriptor descriptor;

    ConfiguredConnector(Connector delegate, ConnectorDescriptor descriptor) {
        this.delegate = delegate;
        this.descriptor = descriptor;
    }

    /** The connector as its package wrote it. */
    Connector delegate() {
        return delegate;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public FetchResult fetch(FetchRequest request) throws ConnectorException {
        return delegate.fetch(request);
    }

    @Override
    public Identity identify(ConnectionContext connection) throws ConnectorException {
        return delegate.identify(connection);
    }

    @Override
    public void afterConnect(ConnectionContext connection) throws ConnectorException {
        delegate.afterConnect(connection);
    }

    @Override
    public void beforeDeauth(ConnectionContext connection) throws ConnectorException {
        delegate.beforeDeauth(connection);
    }

    @Override
    public List<BackfillWindow> planBackfill(DataType type, Instant from, Instant to) {
        return delegate.planBackfill(type, from, to);
    }

    @Override
    public void requestBackfill(ConnectionContext connection, BackfillWindow window) throws ConnectorException {
        delegate.requestBackfill(connection, window);
    }

    @Override
    public Optional<PushReceiver> pushReceiver() {
        return delegate.pushReceiver();
    }

    @Override
    public List<RecordMapper> mappers() {
        return delegate.mappers();
    }

    @Override
    public Map<String, String> tokenRequestParameters(AppContext app, String grantType) throws ConnectorException {
        return delegate.tokenRequestParameters(app, grantType);
    }

    @Override
    public JsonNode tokenResponse(String grantType, JsonNode answer) throws ConnectorException {
        return delegate.tokenResponse(grantType, answer);
    }

    @Override
    public int effectiveStatus(ProviderHttp.Response response) {
        return delegate.effectiveStatus(response);
    }

    @Override
    public void maintainApp(AppContext app) throws ConnectorException {
        delegate.maintainApp(app);
    }

    @Override
    public Optional<AppCredentials> builtInClient() {
        return delegate.builtInClient();
    }
}
