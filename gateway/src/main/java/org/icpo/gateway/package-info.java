/**
 * The gateway: the single public entry point of the suite. A streaming reverse proxy on the managed
 * Vert.x ({@code route}) with JWT verification ({@code auth}), rate limits ({@code ratelimit}),
 * timeouts and circuit breakers per upstream ({@code resilience}), one merged OpenAPI document
 * ({@code openapi}), readiness per upstream ({@code health}) and metrics ({@code metrics}). Every
 * policy is in {@link org.icpo.gateway.GatewayConfig}.
 */
package org.icpo.gateway;
