package org.icpo.elections.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.icpo.elections.ballot.Ballot;
import org.icpo.elections.ballot.BallotKind;
import org.icpo.elections.ballot.BallotRound;
import org.icpo.elections.ballot.Candidate;
import org.icpo.kit.problem.ApiException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the public board of a closed round and verifies its hash chain on every read. */
@ApplicationScoped
public class BoardService {

    static final String RULE = "h0 = H(\"ICPO-BOARD-V1|\" + ballotId + \"|\" + round); for each voter in code order h = H(h + \"|VOTER|\" + country); "
            + "for each entry in order h = H(h + \"|VOTE|\" + receipt + \"|\" + choice) (the entry's hash); "
            + "head = H(h + \"|RESULT|\" + counts as CHOICE=n joined by commas in the order of choices + \"|\" + votesCast + \"|\" + threshold + \"|\" + outcome); "
            + "H = SHA-256 over UTF-8, lower-case hex";

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public BoardDtos.Board board(UUID ballotId, int number) {
        Ballot b = Ballot.findById(ballotId);
        if (b == null) {
            throw ApiException.notFound("No ballot with id " + ballotId);
        }
        BallotRound r = BallotRound.of(ballotId, number).orElseThrow(() -> ApiException.notFound("Ballot " + ballotId + " has no round " + number));
        if (r.status != BallotRound.Status.CLOSED) {
            throw ApiException.conflict("Round " + number + " is still open; its board is published when it closes");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select position, receipt, choice, hash from board_entry where round_id = ?1 order by position")
                .setParameter(1, r.id).getResultList();
        @SuppressWarnings("unchecked")
        List<String> voters = em.createNativeQuery("select country from round_participation where round_id = ?1 order by country")
                .setParameter(1, r.id).getResultList();
        List<BoardDtos.Entry> entries = new ArrayList<>(rows.size());
        List<BoardChain.Entry> chainEntries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            entries.add(new BoardDtos.Entry(((Number) row[0]).intValue(), (String) row[1], (String) row[2], (String) row[3]));
            chainEntries.add(new BoardChain.Entry((String) row[1], (String) row[2]));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> recount = new LinkedHashMap<>();
        for (String c : r.choiceList()) {
            counts.put(c, r.counts.getOrDefault(c, 0));
            recount.put(c, 0);
        }
        boolean recountOk = true;
        for (BoardChain.Entry e : chainEntries) {
            if (recount.containsKey(e.choice())) {
                recount.merge(e.choice(), 1, Integer::sum);
            } else {
                recountOk = false;
            }
        }
        recountOk = recountOk && recount.equals(counts) && entries.size() == voters.size() && entries.size() == r.voters;
        BoardChain.Sealed recomputed = BoardChain.seal(ballotId.toString(), number, voters, chainEntries, counts, r.votesCast, r.threshold, r.outcome.name());
        boolean verified = recomputed.head().equals(r.headHash) && recomputed.entryHashes().equals(entries.stream().map(BoardDtos.Entry::hash).toList());
        List<BoardDtos.ChoiceLabel> labels = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        if (b.kind == BallotKind.OFFICE) {
            for (Candidate c : Candidate.ofBallot(b.id)) {
                names.put(c.country, c.personName + " (" + c.country + ")");
            }
        }
        for (String c : r.choiceList()) {
            labels.add(new BoardDtos.ChoiceLabel(c, names.getOrDefault(c, c.charAt(0) + c.substring(1).toLowerCase())));
        }
        return new BoardDtos.Board(b.id, b.kind.name(), b.title, number, r.closedAt, voters, labels, entries, counts, r.votesCast, r.abstentions,
                r.threshold, r.majorityRule.name(), r.membersTotal, r.outcome.name(), r.electedCountry, recountOk,
                new BoardDtos.Chain("SHA-256", recomputed.genesis(), r.headHash, recomputed.head(), verified, RULE));
    }
}
