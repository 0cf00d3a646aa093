package org.icpo.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.icpo.kit.persistence.AdvisoryLocks;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.problem.ProblemType;
import org.icpo.kit.security.Caller;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Idempotent creation: a POST that carries an {@code Idempotency-Key} header is performed once per
 * caller and key. Repeating it with the same body replays the first response (status, Location,
 * body) with {@code Idempotent-Replayed: true}; reusing the key with a different body is a 422.
 * The record is written in the transaction of the creation itself, so both commit or neither does.
 * Requests with one caller and key run one after the other ({@link AdvisoryLocks}):
 * a retry sent while the first attempt is still being performed waits for it, then replays its
 * answer, or performs the creation itself if the first attempt failed. Without it the retry ran
 * the whole creation too and failed on the record's primary key with a 409 that told the client
 * nothing it could act on.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /**
     * @param key       the Idempotency-Key header, or null to just run the action
     * @param operation names the operation (e.g. "POST /members/FR/measures"), part of the fingerprint
     * @param request   the request body, part of the fingerprint
     * @param action    performs the creation; runs at most once per caller and key
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response execute(String key, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 255) {
            throw ApiException.invalid(HEADER, "must be 1 to 255 characters");
        }
        String actor = caller.subject();
        String hash = fingerprint(operation, request);
        // held until the transaction ends; the select below then sees a concurrent attempt's committed record
        AdvisoryLocks.lockForTransaction(em, AdvisoryLocks.IDEMPOTENCY, AdvisoryLocks.id(actor, key));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select request_hash, status, location, response_body from idempotency_record where actor = ?1 and idem_key = ?2")
                .setParameter(1, actor).setParameter(2, key).getResultList();
        if (!rows.isEmpty()) {
            Object[] row = rows.get(0);
            if (!hash.equals(row[0])) {
                throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "The Idempotency-Key '" + key + "' was already used for a different request; use a new key");
            }
            Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue()).header(REPLAYED_HEADER, "true");
            if (row[2] != null) {
                replay.location(URI.create((String) row[2]));
            }
            if (row[3] != null) {
                replay.entity(row[3]).type(MediaType.APPLICATION_JSON);
            }
            return replay.build();
        }
        Response response = action.get();
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            em.createNativeQuery("insert into idempotency_record (actor, idem_key, request_hash, status, location, response_body) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, actor).setParameter(2, key).setParameter(3, hash)
                    .setParameter(4, response.getStatus())
                    .setParameter(5, response.getLocation() == null ? null : response.getLocation().toString())
                    .setParameter(6, response.hasEntity() ? toJson(response.getEntity()) : null)
                    .executeUpdate();
        }
        return response;
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object o) {
        try {
            return o instanceof String s ? s : json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize for idempotency record", e);
        }
    }
}
