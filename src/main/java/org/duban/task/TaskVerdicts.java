package org.duban.task;

import java.util.List;
import java.util.Map;
import org.duban.assessment.Verdict;

/**
 * Where a task's light gets its indicators' effective verdicts from. Indicators sit above tasks, so the indicator
 * feature implements this and tasks never import it.
 */
public interface TaskVerdicts {

    /**
     * The effective verdict (a person's verdict where the rules cannot judge, else the computed one) of every indicator
     * of the tasks the scope selects, by task id; tasks without indicators are absent. Costs one query.
     */
    Map<Long, List<Verdict>> effectiveVerdicts(TaskScope scope);

    /**
     * The same verdicts with their indicators and the verdict each last announced in the change feed (null until
     * first stored), by task id, in indicator order. Costs one query.
     */
    Map<Long, List<IndicatorVerdict>> verdictsWithAnnounced(TaskScope scope);

    /** An indicator's effective verdict now, and the one it last announced. */
    record IndicatorVerdict(long indicatorId, Verdict announced, Verdict effective) {
    }
}
