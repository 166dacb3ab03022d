package vn.lantoa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

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
}
