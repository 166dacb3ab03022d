package vn.lantoa.newsroom.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

class ScheduledPublisherTests {

    @Test
    void catchesUpInBatchesUntilNothingIsLeftOnStart() {
        ArticleService articles = mock(ArticleService.class);
        when(articles.publishDue(50)).thenReturn(50, 50, 7);
        new ScheduledPublisher(articles).catchUpOnStart();
        verify(articles, times(3)).publishDue(50);
    }

    @Test
    void aFailedRunIsLoggedAndLeftForTheNextOne() {
        ArticleService articles = mock(ArticleService.class);
        when(articles.publishDue(50)).thenThrow(new IllegalStateException("database gone"));
        new ScheduledPublisher(articles).run();
        verify(articles).publishDue(50);
    }
}
