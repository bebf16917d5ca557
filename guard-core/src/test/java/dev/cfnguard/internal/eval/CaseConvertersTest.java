package dev.cfnguard.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseConvertersTest {

    // The key spellings a query retries when a key is missing, as the reference's Inflector computes them.
    // Spot-checked against cfn-guard 3.1.1 (a query for SSLPolicy finds key Sslpolicy, Key1Value finds
    // key-1-value, Tags finds Tag, Policies finds Policy, bucket_name finds Bucket-Name).
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BucketName | bucketName | BucketName | bucket-name | BucketName | bucket_name | Bucket Name | Bucket-Name",
        "bucket_name | bucketName | BucketName | bucket-name | BucketName | bucket_name | Bucket Name | Bucket-Name",
        "Tags       | tags       | Tag        | tags        | Tags       | tags        | Tags        | Tags",
        "SSLPolicy  | sslpolicy  | Sslpolicy  | ssl-policy  | Sslpolicy  | ssl_policy  | Sslpolicy   | Sslpolicy",
        "Policies   | policies   | Policy     | policies    | Policies   | policies    | Policies    | Policies",
        "Key1Value  | key1Value  | Key1Value  | key-1-value | Key1Value  | key_1_value | Key1 Value  | Key1-Value",
    })
    void convertsLikeInflector(String key, String camel, String classCase, String kebab, String pascal, String snake,
                               String title, String train) {
        assertEquals(camel, CaseConverters.camel(key));
        assertEquals(classCase, CaseConverters.classCase(key));
        assertEquals(kebab, CaseConverters.kebab(key));
        assertEquals(pascal, CaseConverters.pascal(key));
        assertEquals(snake, CaseConverters.snake(key));
        assertEquals(title, CaseConverters.title(key));
        assertEquals(train, CaseConverters.train(key));
    }
}
