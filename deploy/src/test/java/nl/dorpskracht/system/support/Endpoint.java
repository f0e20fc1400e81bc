package nl.dorpskracht.system.support;

import java.net.URI;

/**
 * Where a test's HTTP requests go: one running instance, or the load balancer in front of several. The API client, the
 * page session and the write load take either.
 */
public interface Endpoint {

    URI uri(String path);
}
