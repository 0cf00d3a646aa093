package org.icpo.membership.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.icpo.kit.web.RequestIds;

/** Adds the service identity and the current request id to every call to membership-service. */
@ApplicationScoped
public class ServiceIdentityHeaders implements ClientHeadersFactory {

    @Inject
    ServiceIdentity identity;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Authorization", "Bearer " + identity.token());
        String requestId = RequestIds.current();
        if (requestId != null) {
            headers.putSingle(RequestIds.HEADER, requestId);
        }
        return headers;
    }
}
