package com.mindmusclecoach.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The deployment promises of template.yaml, read from the file itself. */
class SamTemplateTest {

    private static JsonNode resources;

    @BeforeAll
    static void read() throws Exception {
        resources = new ObjectMapper(new YAMLFactory()).readTree(new File("template.yaml")).path("Resources");
    }

    private static JsonNode function() {
        return resources.path("CoachFunction").path("Properties");
    }

    @Test
    void function_shouldRunJava21WithSnapStartOnAPublishedAlias() {
        assertThat(resources.path("CoachFunction").path("Type").asText()).isEqualTo("AWS::Serverless::Function");
        assertThat(function().path("Runtime").asText()).isEqualTo("java21");
        assertThat(function().path("Handler").asText()).isEqualTo("com.mindmusclecoach.skill.CoachStreamHandler::handleRequest");
        assertThat(function().path("AutoPublishAlias").asText()).isNotBlank();
        assertThat(function().path("SnapStart").path("ApplyOn").asText()).isEqualTo("PublishedVersions");
        assertThat(function().path("MemorySize").asInt()).isBetween(256, 2048);
        assertThat(function().path("Timeout").isMissingNode() ? 8 : function().path("Timeout").asInt()).isLessThanOrEqualTo(8);
    }

    @Test
    void function_shouldOnlyBeInvokedByTheSkill_andKnowItsTable() {
        JsonNode alexa = function().path("Events").path("Alexa");
        assertThat(alexa.path("Type").asText()).isEqualTo("AlexaSkill");
        assertThat(alexa.path("Properties").path("SkillId").path("Ref").asText()).isEqualTo("SkillId");
        JsonNode env = function().path("Environment").path("Variables");
        assertThat(env.path("TABLE_NAME").path("Ref").asText()).isEqualTo("ProgressTable");
        assertThat(env.path("SKILL_ID").path("Ref").asText()).isEqualTo("SkillId");
    }

    @Test
    void policy_shouldGrantOnlyItemReadsWritesAndDeletes_onTheOneTable() {
        List<String> actions = new ArrayList<>();
        JsonNode policies = function().path("Policies");
        assertThat(policies).hasSize(1);
        for (JsonNode statement : policies.get(0).path("Statement")) {
            assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
            assertThat(statement.path("Resource").path("Fn::GetAtt").get(0).asText()).isEqualTo("ProgressTable");
            statement.path("Action").forEach(a -> actions.add(a.asText()));
        }
        // UpdateItem: only to add a recognized person to (or take one off) the account's list of people
        assertThat(actions).containsExactlyInAnyOrder("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
                "dynamodb:DeleteItem");
    }

    @Test
    void table_shouldBeOnDemand_recoverable_andKeptOnStackDeletion() {
        JsonNode table = resources.path("ProgressTable");
        assertThat(table.path("Type").asText()).isEqualTo("AWS::DynamoDB::Table");
        assertThat(table.path("DeletionPolicy").asText()).isEqualTo("Retain");
        assertThat(table.path("UpdateReplacePolicy").asText()).isEqualTo("Retain");
        JsonNode properties = table.path("Properties");
        assertThat(properties.path("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
        assertThat(properties.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean()).isTrue();
        assertThat(properties.path("DeletionProtectionEnabled").asBoolean()).isTrue();
        assertThat(properties.path("KeySchema").get(0).path("AttributeName").asText()).isEqualTo("userId");
    }

    /**
     * The table is retained and holds every user's progress: a change to its key schema or attribute definitions would
     * make CloudFormation replace it (a new, empty table, the old one orphaned). People share the key space instead.
     */
    @Test
    void table_shouldKeepItsKeySchema_soAnUpdateNeverReplacesIt() {
        JsonNode properties = resources.path("ProgressTable").path("Properties");
        assertThat(properties.path("KeySchema")).hasSize(1);
        assertThat(properties.path("KeySchema").get(0).path("KeyType").asText()).isEqualTo("HASH");
        assertThat(properties.path("AttributeDefinitions")).hasSize(1);
        assertThat(properties.path("AttributeDefinitions").get(0).path("AttributeName").asText()).isEqualTo("userId");
        assertThat(properties.path("AttributeDefinitions").get(0).path("AttributeType").asText()).isEqualTo("S");
        assertThat(properties.has("TableName")).as("a fixed name would block any replacement, and hide one").isFalse();
        assertThat(properties.has("GlobalSecondaryIndexes")).isFalse();
    }

    @Test
    void logs_shouldBeJsonWithARetention() {
        assertThat(function().path("LoggingConfig").path("LogFormat").asText()).isEqualTo("JSON");
        JsonNode group = resources.path("CoachLogGroup");
        assertThat(group.path("Type").asText()).isEqualTo("AWS::Logs::LogGroup");
        assertThat(group.path("Properties").path("RetentionInDays").isMissingNode()).isFalse();
        assertThat(group.path("Properties").path("LogGroupName").asText()).endsWith(function().path("FunctionName").asText());
    }

    @Test
    void logs_shouldHaveAnApplicationLevel_andHashIdsUnderAKeyFromTheDeployment() throws Exception {
        assertThat(function().path("LoggingConfig").path("ApplicationLogLevel").asText())
                .isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL");
        assertThat(function().path("Environment").path("Variables").path("LOG_ID_KEY").path("Ref").asText())
                .isEqualTo("LogIdKey");
        JsonNode key = new ObjectMapper(new YAMLFactory()).readTree(new File("template.yaml"))
                .path("Parameters").path("LogIdKey");
        assertThat(key.path("NoEcho").asBoolean()).as("the key is a secret").isTrue();
        assertThat(key.path("MinLength").asInt()).isGreaterThanOrEqualTo(32);
        assertThat(key.has("Default")).as("no shared default key").isFalse();
    }

    private static JsonNode alarm(String name) {
        JsonNode alarm = resources.path(name);
        assertThat(alarm.path("Type").asText()).as(name).isEqualTo("AWS::CloudWatch::Alarm");
        JsonNode properties = alarm.path("Properties");
        assertThat(properties.path("AlarmActions").get(0).path("Ref").asText()).as("%s tells the topic", name)
                .isEqualTo("AlarmTopic");
        assertThat(properties.path("TreatMissingData").asText()).as("%s: no data is no trouble", name).isEqualTo("notBreaching");
        return properties;
    }

    @Test
    void alarms_shouldWatchTheFunctionTheTableAndTheSkillsOwnMetrics_andTellOneTopic() {
        assertThat(resources.path("AlarmTopic").path("Type").asText()).isEqualTo("AWS::SNS::Topic");
        assertThat(resources.path("AlarmEmailSubscription").path("Condition").asText()).isEqualTo("HasAlarmEmail");

        JsonNode errors = alarm("FunctionErrorsAlarm");
        assertThat(errors.path("Namespace").asText() + "/" + errors.path("MetricName").asText()).isEqualTo("AWS/Lambda/Errors");
        assertThat(errors.path("Dimensions").get(0).path("Value").path("Ref").asText()).isEqualTo("CoachFunction");
        JsonNode throttles = alarm("FunctionThrottlesAlarm");
        assertThat(throttles.path("MetricName").asText()).isEqualTo("Throttles");

        List<String> tableMetrics = new ArrayList<>();
        for (String name : List.of("TableThrottlesAlarm", "TableSystemErrorsAlarm")) {
            for (JsonNode metric : alarm(name).path("Metrics")) {
                JsonNode stat = metric.path("MetricStat").path("Metric");
                if (!stat.isMissingNode()) {
                    assertThat(stat.path("Dimensions").get(0).path("Value").path("Ref").asText()).isEqualTo("ProgressTable");
                    tableMetrics.add(stat.path("MetricName").asText() + (stat.path("Dimensions").size() > 1
                            ? ":" + stat.path("Dimensions").get(1).path("Value").asText() : ""));
                }
            }
        }
        assertThat(tableMetrics).containsExactlyInAnyOrder("ReadThrottleEvents", "WriteThrottleEvents",
                "SystemErrors:GetItem", "SystemErrors:PutItem", "SystemErrors:UpdateItem", "SystemErrors:DeleteItem");

        JsonNode storage = alarm("StorageUnavailableAlarm");
        assertThat(storage.path("Namespace").asText()).isEqualTo("MindMuscleCoach");
        assertThat(storage.path("MetricName").asText()).isEqualTo("StorageUnavailable");
        assertThat(storage.path("Period").asInt() * storage.path("DatapointsToAlarm").asInt()).as("five minutes").isEqualTo(300);
        assertThat(storage.path("Threshold").asInt()).isZero();
        assertThat(storage.path("ComparisonOperator").asText()).isEqualTo("GreaterThanThreshold");

        JsonNode latency = alarm("TurnLatencyAlarm");
        assertThat(latency.path("MetricName").asText()).isEqualTo("TurnLatency");
        assertThat(latency.path("ExtendedStatistic").asText()).isEqualTo("p99");
        assertThat(latency.path("Threshold").asInt()).as("two seconds").isEqualTo(2000);
    }

    @Test
    void dashboard_shouldShowEveryMetricTheSkillWrites() {
        String body = resources.path("CoachDashboard").path("Properties").path("DashboardBody").path("Fn::Sub").asText();
        for (com.mindmusclecoach.observability.Metric metric : com.mindmusclecoach.observability.Metric.values()) {
            assertThat(body).as("the dashboard shows %s", metric).contains("\"" + metric.cloudWatchName() + "\"");
        }
        assertThat(body).contains("\"MindMuscleCoach\"").contains("${CoachFunction}").contains("${ProgressTable}");
    }

    @Test
    void tracing_shouldBeSwitchableByAParameter() throws Exception {
        assertThat(function().path("Tracing").path("Ref").asText()).isEqualTo("Tracing");
        JsonNode tracing = new ObjectMapper(new YAMLFactory()).readTree(new File("template.yaml")).path("Parameters").path("Tracing");
        assertThat(tracing.path("AllowedValues")).extracting(JsonNode::asText).containsExactlyInAnyOrder("Active", "PassThrough");
        assertThat(tracing.path("Default").asText()).as("off unless asked for").isEqualTo("PassThrough");
    }
}
