package org.icpo.notices.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.icpo.kit.persistence.Conditions;
import org.icpo.kit.security.Caller;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;
import org.icpo.notices.access.Auditor;
import org.icpo.notices.access.MemberAccess;
import org.icpo.notices.workflow.RecordKind;
import org.icpo.notices.workflow.Status;

import java.util.List;
import java.util.Map;

/** Lists of notice requests and diffusions, limited to what the caller may see; every list is audited. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecordQueries {

    public enum Scope {
        /** Filed by the calling NCB. */
        MINE,
        /** Visible to the calling NCB: published notices, diffusions addressed to it. */
        VISIBLE
    }

    @Inject
    Caller caller;

    @Inject
    MemberAccess access;

    @Inject
    Auditor audit;

    public PageView<RecordView.Summary> list(RecordKind kind, Scope scope, Status status, NoticeType type, PageParams page) {
        String target = RecordService.targetType(kind);
        // what the caller may see is added unconditionally (and): only the optional filters use equal(), which drops a null
        Conditions c = new Conditions().and("r.kind = :kind", "kind", kind);
        boolean privileged = caller.hasRole(Roles.SECRETARIAT) || caller.hasRole(Roles.CCF);
        if (!privileged) {
            if (!caller.hasRole(Roles.NCB)) {
                return PageView.of(List.of(), page, 0);
            }
            String country = caller.ncbCountry();
            access.require(country, MemberAccess.Right.CONSULT, target + ".list", target, "list");
            if (scope == Scope.MINE) {
                c.and("r.requesterCountry = :country", "country", country);
            } else {
                c.and("r.status in :visible", "visible", Status.VISIBLE);
                if (kind == RecordKind.DIFFUSION) {
                    c.and("r.toAll = true or exists (select 1 from DiffusionRecipient d where d.recordId = r.id and d.country = :country)",
                            "country", country);
                }
            }
        }
        c.equal("r.status", "status", status).equal("r.type", "type", type);
        var query = NoticeRecord.<NoticeRecord>find("from NoticeRecord r where " + c.where() + " order by r.filedAt desc, r.id", c.parameters());
        long total = query.count();
        List<NoticeRecord> items = query.page(page.page - 1, page.size).list();
        List<RecordView.Summary> summaries = items.stream().map(RecordView.Summary::of).toList();
        audit.record(target + ".listed", target, "list", Map.of("scope", privileged ? "ALL" : scope.name(), "page", page.page,
                "ids", summaries.stream().map(s -> s.id().toString()).toList()));
        return PageView.of(summaries, page, total);
    }
}
