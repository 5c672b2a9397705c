package io.buzzline.gateway.web;

import io.nayuki.qrcodegen.QrCode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.buzzline.gateway.support.MatchServiceResource;
import io.buzzline.testing.problems.ProblemAssertions;
import io.buzzline.testing.tokens.TokenKeysTestResource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The host screen's QR code encodes the join URL, whose page is the player screen; bad codes get a problem. */
@QuarkusTest
@WithTestResource(MatchServiceResource.class)
@WithTestResource(TokenKeysTestResource.class)
class JoinQrTest {

    @Test
    void theQrCodeEncodesThisGatewaysJoinUrlModuleForModule() {
        Response response = given().get("/api/join-codes/K7P2QX/qr");
        response.then().statusCode(200).contentType(containsString("image/svg+xml"));
        String svg = response.asString();
        String joinUrl = svg.substring(svg.indexOf("<title>") + 7, svg.indexOf("</title>"));
        assertThat(joinUrl).matches("http://[^/]+/play\\?code=K7P2QX");
        QrCode expected = QrCode.encodeText(joinUrl, QrCode.Ecc.MEDIUM);
        int dark = 0;
        for (int y = 0; y < expected.size; y++) {
            for (int x = 0; x < expected.size; x++) {
                dark += expected.getModule(x, y) ? 1 : 0;
                assertThat(svg.contains("M" + (x + 4) + "," + (y + 4) + "h"))
                        .as("module %d,%d", x, y)
                        .isEqualTo(expected.getModule(x, y));
            }
        }
        assertThat(svg.split("h1v1h-1z", -1)).hasSize(dark + 1);
    }

    @Test
    void aCodeTheLobbyCannotHaveIssuedIsABadRequestProblem() {
        for (String code : new String[] {"K7P2Q", "K7P2QXX", "k7p2qx", "K7P2Q0", "K7P%20QX"}) {
            Response response = given().urlEncodingEnabled(false).get("/api/join-codes/" + code + "/qr");
            assertThat(response.statusCode()).as(code).isEqualTo(400);
            assertThat(ProblemAssertions.deviations(400, response.contentType(), response.asString()))
                    .as(code)
                    .isEmpty();
            assertThat(response.asString()).contains("invalid-request");
        }
    }

    @Test
    void anythingElseUnderTheRouteIsNotFoundAsAProblem() {
        Response response = given().get("/api/join-codes/K7P2QX/other");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ProblemAssertions.deviations(404, response.contentType(), response.asString()))
                .isEmpty();
    }

    @Test
    void anAcceptWithoutSvgIsNotAcceptableAndNoTokenIsLookedAt() {
        Response html = given().accept("text/html").get("/api/join-codes/K7P2QX/qr");
        assertThat(html.statusCode()).isEqualTo(406);
        assertThat(ProblemAssertions.deviations(406, html.contentType(), html.asString()))
                .isEmpty();
        given().header("Authorization", "Bearer not.a.token")
                .get("/api/join-codes/K7P2QX/qr")
                .then()
                .statusCode(200);
    }

    @Test
    void theJoinUrlServesThePlayerScreen() {
        given().get("/play?code=K7P2QX").then().statusCode(200).body(containsString("id=\"nickname\""));
    }

    @Test
    void theOpenApiDocumentDeclaresTheRouteOpenToEveryone() {
        String document = given().get("/q/openapi?format=json").asString();
        assertThat(document).contains("/api/join-codes/{code}/qr").contains("image/svg+xml");
    }
}
