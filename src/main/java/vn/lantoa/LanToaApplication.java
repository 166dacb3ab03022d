package vn.lantoa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** LanToa: news portal, sharing network and harmful-content reports of a Ban Tuyên giáo. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LanToaApplication {

    public static void main(String[] args) {
        SpringApplication.run(LanToaApplication.class, args);
    }
}
