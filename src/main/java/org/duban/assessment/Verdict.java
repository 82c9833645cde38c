package org.duban.assessment;

/** The computed judgement of one indicator's actual against its target; see {@link AssessmentRules} for when each applies. */
public enum Verdict {
    MET,
    EXCEEDED,
    LIKELY_MET,
    LIKELY_NOT_MET,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    NOT_MET,
    NO_DATA,
    NOT_ASSESSABLE;

    /** True for the verdicts that can light a task green: MET, EXCEEDED, LIKELY_MET and ON_TRACK. */
    public boolean favourable() {
        return this == MET || this == EXCEEDED || this == LIKELY_MET || this == ON_TRACK;
    }
}
