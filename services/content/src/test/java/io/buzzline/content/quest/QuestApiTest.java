package io.buzzline.content.quest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.buzzline.content.history.GameArchive;
import io.buzzline.content.history.GameLogs;
import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionService;
import io.buzzline.content.question.Questions;
import io.buzzline.events.GameEnded;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.testing.contract.OpenApiValidation;
import io.buzzline.testing.firestore.FirestoreTestResource;
import io.buzzline.testing.postgres.PostgresTestResource;
import io.buzzline.testing.redis.RedisTestResource;
import io.buzzline.testing.tokens.TestTokens;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(RedisTestResource.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(FirestoreTestResource.class)
@WithTestResource(TokenKeysTestResource.class)
class QuestApiTest {
    /** Editors' requests: these tests exercise what the bank does, who may do it is RoleMatrixTest's. */
    @BeforeEach
    void actAsEditor() {
        TestTokens.actAs(TestTokens.editor());
    }

    @AfterEach
    void actAsNobody() {
        TestTokens.actAs(null);
    }

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    GameArchive archive;

    @Inject
    QuestionService questions;

    private OpenApiValidation api;

    @BeforeEach
    void loadContract() {
        api = OpenApiValidation.ofServedDocument();
    }

    @Test
    void createsReadsUpdatesRetiresAndPagesQuests() {
        String id = api.given()
                .contentType(ContentType.JSON)
                .body(quest("  Play   three ", "DAILY", goal("PLAY_GAMES", 3, null), TODAY, null))
                .post("/quests")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("title", equalTo("Play three"))
                .body("status", equalTo("ACTIVE"))
                .body("goal.type", equalTo("PLAY_GAMES"))
                .body("reward.badge", equalTo("starter"))
                .body("startsOn", equalTo(TODAY.toString()))
                .extract()
                .path("id");

        api.given().get("/quests/{id}", id).then().statusCode(200).body("goal.target", equalTo(3));
        api.given()
                .contentType(ContentType.JSON)
                .body(quest("Play five", "DAILY", goal("PLAY_GAMES", 5, null), TODAY, TODAY.plusDays(6)))
                .put("/quests/{id}", id)
                .then()
                .statusCode(200)
                .body("goal.target", equalTo(5))
                .body("endsOn", equalTo(TODAY.plusDays(6).toString()))
                .body("status", equalTo("ACTIVE"));
        api.given().post("/quests/{id}/retire", id).then().statusCode(200).body("status", equalTo("RETIRED"));
        api.given().post("/quests/{id}/retire", id).then().statusCode(200).body("status", equalTo("RETIRED"));
        api.given().get("/quests/{id}", "no-such-quest").then().statusCode(404);

        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(create(quest("Weekly " + i, "WEEKLY", goal("WIN_GAMES", 1, null), TODAY, null)));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = api.given().queryParam("period", "WEEKLY").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page =
                    request.get("/quests").then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items.period", String.class)).containsOnly("WEEKLY");
            seen.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates().containsAll(mine);
    }

    @Test
    void refusesABrokenQuestWithEveryViolationAndChangesNothing() {
        String id = create(quest("Keep me", "DAILY", goal("PLAY_GAMES", 2, null), TODAY, null));
        Map<String, Object> broken =
                quest("Broken", "DAILY", goal("CORRECT_ANSWERS", 2, "Geo Graphy"), TODAY, TODAY.minusDays(1));
        broken.put("reward", Map.of("xp", 10, "badge", "Bad Badge!"));

        for (var call : List
                .<java.util.function.Function<
                                io.restassured.specification.RequestSpecification, io.restassured.response.Response>>
                        of(r -> r.post("/quests"), r -> r.put("/quests/{id}", id))) {
            JsonPath problem = call.apply(
                            api.given().contentType(ContentType.JSON).body(broken))
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .extract()
                    .jsonPath();
            assertThat(problem.getList("violations.field", String.class))
                    .containsExactly("goal.category", "reward.badge", "endsOn");
        }
        api.given().get("/quests/{id}", id).then().body("title", equalTo("Keep me"));

        api.givenInvalid()
                .contentType(ContentType.JSON)
                .body(quest("Wrong", "DAILY", goal("PLAY_GAMES", 2, "geography"), TODAY, null))
                .post("/quests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        api.givenInvalid()
                .contentType(ContentType.JSON)
                .body(quest("Zero", "HOURLY", goal("PLAY_GAMES", 0, null), TODAY, null))
                .post("/quests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void offersTheQuestsRunningTodayByPeriod() {
        String daily = create(quest("Daily now", "DAILY", goal("PLAY_GAMES", 1, null), TODAY.minusDays(1), null));
        String weekly = create(quest("Weekly now", "WEEKLY", goal("PLAY_GAMES", 1, null), TODAY, TODAY));
        String future = create(quest("Later", "DAILY", goal("PLAY_GAMES", 1, null), TODAY.plusDays(1), null));
        String ended =
                create(quest("Over", "DAILY", goal("PLAY_GAMES", 1, null), TODAY.minusDays(3), TODAY.minusDays(1)));
        String retired = create(quest("Retired", "DAILY", goal("PLAY_GAMES", 1, null), TODAY, null));
        api.given().post("/quests/{id}/retire", retired).then().statusCode(200);

        JsonPath dailyOffer = api.given()
                .queryParam("period", "DAILY")
                .get("/quests/active")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(dailyOffer.getList("quest.id", String.class))
                .contains(daily)
                .doesNotContain(weekly, future, ended, retired);
        assertThat(dailyOffer.getList("quest.period", String.class)).containsOnly("DAILY");
        int at = dailyOffer.getList("quest.id", String.class).indexOf(daily);
        assertThat(dailyOffer.getString("[" + at + "].windowStart")).isEqualTo(TODAY + "T00:00:00Z");
        assertThat(dailyOffer.getString("[" + at + "].windowEnd")).isEqualTo(TODAY.plusDays(1) + "T00:00:00Z");

        JsonPath weeklyOffer = api.given()
                .queryParam("period", "WEEKLY")
                .get("/quests/active")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        int w = weeklyOffer.getList("quest.id", String.class).indexOf(weekly);
        assertThat(w).isNotNegative();
        assertThat(weeklyOffer.getString("[" + w + "].windowStart"))
                .isEqualTo(TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) + "T00:00:00Z");

        api.given().get("/quests/active").then().statusCode(200).body("quest.id", hasItems(daily, weekly));
        api.givenInvalid()
                .queryParam("period", "HOURLY")
                .get("/quests/active")
                .then()
                .statusCode(400);
    }

    @Test
    void aPlayersProgressIsComputedFromTheirArchivedGames() {
        String category = Questions.freshCategory();
        String q1 = add(category, "Progress one");
        String q2 = add(category, "Progress two");
        String other = add(Questions.freshCategory(), "Progress other");
        String player = "p-" + UUID.randomUUID();
        Instant now = Instant.now();

        // Won alone, two right answers in the category.
        archive.archive(GameLogs.game("g1-" + player, now)
                .add(new PlayerJoined(player, "Pat", null))
                .show(q1)
                .answer(player, q1, true, 900)
                .show(q2)
                .answer(player, q2, true, 900)
                .add(new ScoreUpdated(player, "s1", 800, 800, ScoreUpdated.Reason.CLASSIC_CORRECT, 1))
                .add(new GameEnded(GameEnded.Reason.COMPLETED))
                .log());
        // Second place; one right in the category, one right elsewhere, one wrong.
        archive.archive(GameLogs.game("g2-" + player, now)
                .add(new PlayerJoined(player, "Pat", null))
                .add(new PlayerJoined("p-rival-" + player, "Rival", null))
                .show(q1)
                .answer(player, q1, true, 900)
                .show(other)
                .answer(player, other, true, 900)
                .show(q2)
                .answer(player, q2, false, 900)
                .add(new ScoreUpdated(player, "s2", 300, 300, ScoreUpdated.Reason.CLASSIC_CORRECT, 1))
                .add(new ScoreUpdated("p-rival-" + player, "s3", 900, 900, ScoreUpdated.Reason.CLASSIC_CORRECT, 1))
                .add(new GameEnded(GameEnded.Reason.COMPLETED))
                .log());
        // Long ago: outside every window.
        archive.archive(GameLogs.game("g0-" + player, now.minusSeconds(10 * 86_400))
                .add(new PlayerJoined(player, "Pat", null))
                .show(q1)
                .answer(player, q1, true, 900)
                .add(new GameEnded(GameEnded.Reason.COMPLETED))
                .log());

        String play = create(quest("Play two today", "DAILY", goal("PLAY_GAMES", 2, null), TODAY, null));
        String win = create(quest("Win three this week", "WEEKLY", goal("WIN_GAMES", 3, null), TODAY, null));
        String right = create(quest("Three right", "WEEKLY", goal("CORRECT_ANSWERS", 3, category), TODAY, null));
        String points = create(quest("Points", "DAILY", goal("SCORE_POINTS", 1000, null), TODAY, null));

        JsonPath all = api.given()
                .get("/quests/active/progress/{player}", player)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(progress(all, play)).containsExactly(2, 2, true);
        assertThat(progress(all, win)).containsExactly(1, 3, false);
        assertThat(progress(all, right)).containsExactly(3, 3, true);
        assertThat(progress(all, points)).containsExactly(1100, 1000, true);

        JsonPath daily = api.given()
                .queryParam("period", "DAILY")
                .get("/quests/active/progress/{player}", player)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(daily.getList("quest.id", String.class))
                .contains(play, points)
                .doesNotContain(win, right);
        assertThat(progress(
                        api.given()
                                .get("/quests/active/progress/{player}", "p-nobody-" + UUID.randomUUID())
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        play))
                .containsExactly(0, 2, false);
    }

    private static List<Object> progress(JsonPath offer, String questId) {
        int i = offer.getList("quest.id", String.class).indexOf(questId);
        assertThat(i).as("quest %s is offered", questId).isNotNegative();
        return List.of(
                offer.getInt("[" + i + "].progress.current"),
                offer.getInt("[" + i + "].progress.target"),
                offer.getBoolean("[" + i + "].progress.completed"));
    }

    private String create(Map<String, Object> body) {
        return api.given()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/quests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String add(String category, String text) {
        return questions
                .create(new QuestionContent(
                        text + " " + category + "?",
                        List.of("Alpha", "Beta"),
                        "Beta",
                        category,
                        2,
                        "en",
                        List.of(),
                        "test"))
                .id();
    }

    private static Map<String, Object> goal(String type, int target, String category) {
        Map<String, Object> goal = new HashMap<>();
        goal.put("type", type);
        goal.put("target", target);
        if (category != null) {
            goal.put("category", category);
        }
        return goal;
    }

    private static Map<String, Object> quest(
            String title, String period, Map<String, Object> goal, LocalDate startsOn, LocalDate endsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "A test quest");
        body.put("period", period);
        body.put("goal", goal);
        body.put("reward", Map.of("xp", 100, "badge", "starter"));
        body.put("startsOn", startsOn.toString());
        if (endsOn != null) {
            body.put("endsOn", endsOn.toString());
        }
        return body;
    }
}
