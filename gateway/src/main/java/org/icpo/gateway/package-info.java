/**
 * The gateway: the single public entry point of the suite (routing, authentication, rate limits,
 * resilience, one OpenAPI document). Built out in its own issue; for now it serves its health checks.
 */
package org.icpo.gateway;
