package org.duban.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Follows the change feed over HTTP the way an integrator does: from a cursor, page by page, until a page is empty. */
public final class Feed {

    private Feed() {
    }

    /** Every change after the cursor, read with the given caller, in pages of {@code size}. */
    public static Read readAll(Supplier<RequestSpecification> caller, String after, int size) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = after;
        for (int pages = 0; pages < 10_000; pages++) {
            RequestSpecification request = caller.get().queryParam("size", size);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> got = page.getList("items");
            String next = page.getString("next");
            if (got.isEmpty()) {
                return new Read(items, next);
            }
            items.addAll(got);
            cursor = next;
        }
        throw new AssertionError("the feed never ended");
    }

    /** Every change after the cursor, as the test admin. */
    public static Read readAll(String after) {
        return readAll(() -> given(), after, 200);
    }

    /** What a reader got, and the {@code next} of its last (empty) page. */
    public record Read(List<Map<String, Object>> items, String next) {

        /** The items of one plan. */
        public List<Map<String, Object>> ofPlan(long planId) {
            return items.stream().filter(i -> i.get("planId") != null
                    && ((Number) i.get("planId")).longValue() == planId).toList();
        }
    }
}
