package org.duban.task;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.duban.common.PatchBase;
import org.duban.common.PreconditionFailedException;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A PATCH without If-Match is merged onto the state it read; when another write changes the task in between, the
 * merge is refused rather than written over that change.
 */
@QuarkusTest
class PatchLostUpdateTest {

    @Inject
    TaskService tasks;

    @Test
    void shouldRefuseAMergeBasedOnAStateChangedMeanwhile() {
        long plan = Api.createPlan(Api.newRegion(), 2023);
        long id = Api.createTask(plan, 1, "任务一", List.of());

        PatchBase<TaskRequest> base = tasks.currentRequest(id);
        given().contentType(Api.MERGE_PATCH).body("{\"dueDate\":\"2023-06-30\"}").patch("/api/v1/tasks/" + id)
                .then().statusCode(200);
        TaskRequest r = base.request();
        TaskRequest merged = new TaskRequest(r.planId(), r.ordinal(), r.content(), TaskStatus.COMPLETED, r.dueDate(),
                r.parentId(), r.units());

        assertThatThrownBy(() -> tasks.update(id, base.ifMatch(null), merged))
                .isInstanceOf(PreconditionFailedException.class);
        given().get("/api/v1/tasks/" + id).then().body("dueDate", equalTo("2023-06-30"))
                .body("status", equalTo("NOT_STARTED"));
    }
}
