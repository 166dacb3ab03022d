package vn.lantoa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.lantoa.platform.RefusedException;

/** House rules as tests (HOUSE-STYLE.md 2, 7, 13, 17). */
@AnalyzeClasses(packages = "vn.lantoa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .notBePublic()
            .because("controllers are package-private; other code talks to a module's API");

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .resideInAnyPackage("..web..", "..internal..");

    @ArchTest
    static final ArchRule noLegacyDates = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.Date")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.Calendar")
            .because("time is java.time with an injected Clock");

    @ArchTest
    static final ArchRule noFieldInjection = fields().should()
            .notBeAnnotatedWith(Autowired.class)
            .because("dependencies come through the constructor into final fields");

    @ArchTest
    static final ArchRule noTopLevelLayerPackages = noClasses()
            .should()
            .resideInAnyPackage(
                    "vn.lantoa.controller..",
                    "vn.lantoa.service..",
                    "vn.lantoa.repository..",
                    "vn.lantoa.dto..",
                    "vn.lantoa.impl..");

    @ArchTest
    static final ArchRule oneWayToRefuse = noClasses()
            .should()
            .callConstructor(ResponseStatusException.class, HttpStatusCode.class)
            .orShould()
            .callConstructor(ResponseStatusException.class, HttpStatusCode.class, String.class)
            .orShould()
            .callConstructor(ResponseStatusException.class, HttpStatusCode.class, String.class, Throwable.class)
            .because("code refuses with the platform's kinds of RefusedException (not found, forbidden,"
                    + " conflict, invalid input, ...), which one advice turns into a page or problem details");

    @ArchTest
    static final ArchRule oneKindOfRefusal = classes()
            .that()
            .resideOutsideOfPackage("vn.lantoa.platform..")
            .and()
            .areAssignableTo(RefusedException.class)
            .should(
                    new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                            "extend one of the platform's kinds of refusal") {
                        @Override
                        public void check(
                                com.tngtech.archunit.core.domain.JavaClass type,
                                com.tngtech.archunit.lang.ConditionEvents events) {
                            boolean own = type.getRawSuperclass()
                                    .map(s -> s.isEquivalentTo(RefusedException.class))
                                    .orElse(false);
                            if (own) {
                                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                        type, type.getName() + " extends RefusedException itself"));
                            }
                        }
                    })
            .because("a module refuses with the platform's kinds (not found, forbidden, conflict, invalid input,"
                    + " too many requests), not a status of its own");

    @ArchTest
    static final ArchRule servicesDoNotSpeakHttp = noClasses()
            .that()
            .resideOutsideOfPackages("..web..", "vn.lantoa.platform.internal..")
            .and()
            .areNotAssignableTo(jakarta.servlet.Filter.class)
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName(org.springframework.http.HttpStatus.class.getName())
            .because("a service says what went wrong (a RefusedException); its web adapter or the platform"
                    + " says it in HTTP");
}
