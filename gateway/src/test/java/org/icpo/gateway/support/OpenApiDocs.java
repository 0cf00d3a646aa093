package org.icpo.gateway.support;

/** The stubs' OpenAPI documents: a shared identical {@code Problem}, a conflicting {@code Member}. */
final class OpenApiDocs {

    private OpenApiDocs() {
    }

    private static final String PROBLEM = "\"Problem\":{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\"},\"status\":{\"type\":\"integer\"}}}";

    static final String MEMBERSHIP = """
            {"openapi":"3.1.0","info":{"title":"membership","version":"1"},
             "tags":[{"name":"Members"}],
             "security":[{"bearer":[]}],
             "paths":{
               "/members":{"get":{"operationId":"list","tags":["Members"],"responses":{"200":{"description":"ok",
                 "content":{"application/json":{"schema":{"type":"array","items":{"$ref":"#/components/schemas/Member"}}}}}}}},
               "/members/{code}/standing":{"get":{"operationId":"standing","responses":{"200":{"description":"ok"},
                 "404":{"description":"no","content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}
             },
             "components":{"schemas":{%s,
               "Member":{"type":"object","properties":{"code":{"type":"string"}}}},
               "securitySchemes":{"bearer":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}}}
            """.formatted(PROBLEM);

    static final String ELECTIONS = """
            {"openapi":"3.1.0","info":{"title":"elections","version":"1"},
             "tags":[{"name":"Ballots"}],
             "security":[{"bearer":[]}],
             "paths":{
               "/sessions":{"get":{"operationId":"list","responses":{"200":{"description":"ok"}}}},
               "/ballots/{id}/rounds/{number}/board":{"get":{"operationId":"board","responses":{"200":{"description":"ok",
                 "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Ballot"}}}}}}}
             },
             "components":{"schemas":{%s,
               "Member":{"type":"object","properties":{"name":{"type":"string"}}},
               "Ballot":{"type":"object","properties":{"candidate":{"$ref":"#/components/schemas/Member"}}}},
               "securitySchemes":{"bearer":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}}}
            """.formatted(PROBLEM);

    static final String NOTICES = """
            {"openapi":"3.1.0","info":{"title":"notices","version":"1"},
             "paths":{
               "/notice-requests":{"post":{"operationId":"create","responses":{"201":{"description":"created"}}}},
               "/notices/v1/red":{"get":{"operationId":"publicRed","responses":{"200":{"description":"ok"}}}},
               "/internal/sync":{"post":{"operationId":"sync","responses":{"204":{"description":"done"}}}}
             },
             "components":{"schemas":{%s}}}
            """.formatted(PROBLEM);
}
