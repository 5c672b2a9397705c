package io.buzzline.e2e;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;

import io.buzzline.e2e.contract.ContractCase;
import io.buzzline.e2e.contract.ContractSettings;
import io.buzzline.e2e.contract.ContractSuite;

/**
 * Issue 18's QA contract suite, generated from the documents: for every operation of the OpenAPI document
 * each service serves (lobby, match, scoring, content, gateway), requests built from its schemas, valid and
 * broken one part at a time, by callers its security admits and by others, sent to the service and, where
 * the document lists the edge as a server, through either gateway. Every answer must be a status the
 * operation documents (401/403 per its security, the fault's 400/415/406 for a broken input, 404 from the
 * edge for an operation it does not serve), never a 5xx, and every error an RFC 9457 problem; after the run,
 * the lists creates go into grew by exactly what was accepted, and every operation a valid request can
 * succeed at accepted one.
 *
 * <p>A jqwik property of 5,000 tries by default, each one request ({@code -Dbuzzline.contract.cases} for
 * more, {@code -Dbuzzline.contract.seed} to replay; both reported). The platform is the run's shared one
 * ({@link io.buzzline.e2e.support.RunningPlatform#shared()}, a static jqwik reaches as well as Jupiter), and
 * unlike SecrecyIT's whole games a try here is one request, so a property is the natural form: jqwik
 * generates, mixes in the schemas' edge cases (bounds, empty and longest strings) and shrinks a failing
 * request to a smaller one before reporting it.
 */
class DocumentedContractIT {

    @Property
    @AddLifecycleHook(ContractSettings.class)
    void everyRequestGetsAnAnswerItsDocumentPromises(@ForAll("requests") ContractCase request) {
        ContractSuite.shared().check(request);
    }

    /**
     * Issue 18's findings, each an explicit seed ({@code contract/Findings}): the request that showed it and the
     * answer the documents now promise, through the real edge of the run's platform.
     */
    @Example
    void everyFindingOfIssue18GetsTheAnswerItsDocumentsPromise() {
        List<String> failures = ContractSuite.shared().checkFindings();
        if (!failures.isEmpty()) {
            throw new AssertionError(
                    failures.size() + " of issue 18's findings deviate:\n- " + String.join("\n- ", failures));
        }
    }

    @Provide
    Arbitrary<ContractCase> requests() {
        return ContractSuite.shared().cases();
    }

    @AfterProperty
    void refusedRequestsChangedNothingAndValidOnesWereAccepted() {
        List<String> failures = ContractSuite.finish();
        if (!failures.isEmpty()) {
            throw new AssertionError("after the run:\n- " + String.join("\n- ", failures));
        }
    }
}
