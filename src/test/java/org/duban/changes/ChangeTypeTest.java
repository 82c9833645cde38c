package org.duban.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which audited actions the feed carries, and under which type. */
class ChangeTypeTest {

    @Test
    void shouldNameTheChangesOfPlanDataAndLeaveOutTheRest() {
        assertThat(ChangeType.ofAudited("TASK", "CREATE")).contains(ChangeType.TASK_CREATED);
        assertThat(ChangeType.ofAudited("PROGRESS_REPORT", "UPDATE")).contains(ChangeType.PROGRESS_REPORT_UPDATED);
        assertThat(ChangeType.ofAudited("PLAN", "DELETE")).contains(ChangeType.PLAN_DELETED);
        assertThat(ChangeType.ofAudited("MEASUREMENT", "DELETE")).contains(ChangeType.MEASUREMENT_DELETED);
        assertThat(ChangeType.ofAudited("IMPORT", "IMPORT")).contains(ChangeType.PLAN_IMPORTED);
        for (String left : new String[] {"UNIT", "ACCOUNT", "API_KEY", "WEBHOOK"}) {
            assertThat(ChangeType.ofAudited(left, "CREATE")).as(left).isEqualTo(Optional.empty());
        }
        assertThat(ChangeType.ofAudited("API_KEY", "REVOKE")).isEmpty();
        assertThat(ChangeType.ofAudited("PLAN", "IMPORT")).isEmpty();
    }
}
