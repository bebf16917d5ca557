package dev.cfnguard.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Builds the CloudFormation templates of the benchmark workloads as trees of maps, lists, scalars and
 * {@link Intrinsic}s; {@link DocumentFormat#render} turns them into text. Deterministic: the same arguments
 * give the same template. Stateless and thread-safe.
 */
public final class Templates {

    /** How a template fares against the three ECS rules in {@code benchmarks/rules}. */
    public enum Compliance {
        /** Every container of every task definition satisfies all three rules. */
        ALL_PASS,
        /**
         * Every second task definition (the even-numbered ones, counting from zero, so that a template of
         * one fails too) breaks each rule once: its first container is privileged, its second has a
         * writable root file system, its third runs as uid 0; so each rule fails for half of the task
         * definitions, rounded up.
         */
        HALF_FAIL
    }

    private static final String[] CONTAINERS = {"app", "envoy", "log-router"};

    private Templates() {}

    /**
     * A template with {@code taskDefinitions} ECS task definitions of three containers each and nothing
     * else in {@code Resources} (roles and log groups come in as parameters).
     */
    public static Map<String, Object> ecsTaskDefinitions(int taskDefinitions, Compliance compliance) {
        if (taskDefinitions < 1) {
            throw new IllegalArgumentException("at least one task definition: " + taskDefinitions);
        }
        Map<String, Object> resources = new LinkedHashMap<>();
        for (int i = 0; i < taskDefinitions; i++) {
            boolean breaksRules = compliance == Compliance.HALF_FAIL && i % 2 == 0;
            resources.put(logicalId("TaskDefinition", i, taskDefinitions), ecsTaskDefinition(i, breaksRules));
        }
        return template("ECS services: " + taskDefinitions + " task definition" + (taskDefinitions == 1 ? "" : "s"),
                ecsParameters(), resources);
    }

    /**
     * A template of {@code resources} resources of a dozen common types (S3, EC2, IAM, RDS, Lambda, SQS,
     * DynamoDB, CloudTrail, CloudWatch Logs, ECS), each compliant with the usual security rules or not as a
     * generator seeded with {@code seed} decides (about half are not), for running many rules at once.
     */
    public static Map<String, Object> mixed(int resources, long seed) {
        Random random = new Random(seed);
        List<BiFunction<Integer, Boolean, Map<String, Object>>> kinds = List.of(
                Templates::bucket, Templates::securityGroup, Templates::role, Templates::database,
                Templates::instance, Templates::function, Templates::queue, Templates::table, Templates::volume,
                Templates::trail, Templates::logGroup, (i, bad) -> ecsTaskDefinition(i, bad));
        List<String> names = List.of("Bucket", "SecurityGroup", "Role", "Database", "Instance", "Function",
                "Queue", "Table", "Volume", "Trail", "LogGroup", "TaskDefinition");
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < resources; i++) {
            int kind = i % kinds.size();
            body.put(logicalId(names.get(kind), i, resources), kinds.get(kind).apply(i, random.nextBoolean()));
        }
        Map<String, Object> parameters = ecsParameters();
        parameters.put("VpcId", map("Type", "AWS::EC2::VPC::Id"));
        parameters.put("KeyArn", map("Type", "String"));
        return template("Mixed workload: " + resources + " resources", parameters, body);
    }

    /**
     * A template of one task definition, numbered {@code index}, that breaks each of the three ECS rules
     * once when {@code breaksRules}: the members of a directory of small templates.
     */
    public static Map<String, Object> singleTaskDefinition(int index, boolean breaksRules) {
        return template("ECS service " + index, ecsParameters(),
                map("TaskDefinition", ecsTaskDefinition(index, breaksRules)));
    }

    // ---- ECS ----

    private static Map<String, Object> ecsTaskDefinition(int index, boolean breaksRules) {
        List<Object> containers = new ArrayList<>();
        for (int c = 0; c < CONTAINERS.length; c++) {
            containers.add(container(index, c, breaksRules));
        }
        return resource("AWS::ECS::TaskDefinition", map(
                "Family", Intrinsic.sub("${AWS::StackName}-service-" + index),
                "Cpu", "512",
                "Memory", "1024",
                "NetworkMode", "awsvpc",
                "RequiresCompatibilities", List.of("FARGATE"),
                "ExecutionRoleArn", Intrinsic.ref("ExecutionRoleArn"),
                "TaskRoleArn", Intrinsic.ref("TaskRoleArn"),
                "ContainerDefinitions", containers));
    }

    private static Map<String, Object> container(int index, int position, boolean breaksRules) {
        String name = CONTAINERS[position];
        Map<String, Object> container = map(
                "Name", name,
                "Image", Intrinsic.sub("${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/" + name + ":1." + index),
                "Essential", position == 0,
                "Privileged", breaksRules && position == 0,
                "ReadonlyRootFilesystem", !(breaksRules && position == 1),
                "User", breaksRules && position == 2 ? "0" : "1000:1000",
                "PortMappings", position == 2 ? List.of()
                        : List.of(map("ContainerPort", 8080 + position, "Protocol", "tcp")),
                "Environment", List.of(
                        map("Name", "LOG_LEVEL", "Value", "info"),
                        map("Name", "SERVICE_INDEX", "Value", Integer.toString(index))),
                "LogConfiguration", map(
                        "LogDriver", "awslogs",
                        "Options", map(
                                "awslogs-group", Intrinsic.ref("LogGroupName"),
                                "awslogs-region", Intrinsic.ref("AWS::Region"),
                                "awslogs-stream-prefix", name)));
        return container;
    }

    private static Map<String, Object> ecsParameters() {
        return map(
                "ExecutionRoleArn", map("Type", "String", "Description", "Role the ECS agent pulls images with"),
                "TaskRoleArn", map("Type", "String", "Description", "Role the containers run with"),
                "LogGroupName", map("Type", "String", "Default", "/ecs/services"));
    }

    // ---- the other kinds of the mixed template ----

    private static Map<String, Object> bucket(int index, boolean bad) {
        Map<String, Object> properties = map("BucketName", Intrinsic.sub("${AWS::StackName}-data-" + index));
        if (!bad) {
            properties.put("BucketEncryption", map("ServerSideEncryptionConfiguration", List.of(map(
                    "ServerSideEncryptionByDefault", map("SSEAlgorithm", "aws:kms",
                            "KMSMasterKeyID", Intrinsic.ref("KeyArn"))))));
            properties.put("VersioningConfiguration", map("Status", "Enabled"));
            properties.put("PublicAccessBlockConfiguration", map("BlockPublicAcls", true,
                    "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true));
            properties.put("LoggingConfiguration", map("DestinationBucketName", "access-logs",
                    "LogFilePrefix", "bucket-" + index + "/"));
        }
        return resource("AWS::S3::Bucket", properties);
    }

    private static Map<String, Object> securityGroup(int index, boolean bad) {
        return resource("AWS::EC2::SecurityGroup", map(
                "GroupDescription", "Service " + index,
                "VpcId", Intrinsic.ref("VpcId"),
                "SecurityGroupIngress", List.of(bad
                        ? map("IpProtocol", "tcp", "FromPort", 22, "ToPort", 22, "CidrIp", "0.0.0.0/0")
                        : map("IpProtocol", "tcp", "FromPort", 443, "ToPort", 443, "CidrIp", "10.0.0.0/8")),
                "SecurityGroupEgress", List.of(
                        map("IpProtocol", "-1", "CidrIp", bad ? "0.0.0.0/0" : "10.0.0.0/8"))));
    }

    private static Map<String, Object> role(int index, boolean bad) {
        return resource("AWS::IAM::Role", map(
                "AssumeRolePolicyDocument", map("Version", "2012-10-17", "Statement", List.of(map(
                        "Effect", "Allow",
                        "Principal", map("Service", List.of("lambda.amazonaws.com")),
                        "Action", List.of("sts:AssumeRole")))),
                "Policies", List.of(map("PolicyName", "access-" + index, "PolicyDocument", map(
                        "Version", "2012-10-17",
                        "Statement", List.of(map(
                                "Effect", "Allow",
                                "Action", bad ? List.of("*") : List.of("s3:GetObject", "s3:PutObject"),
                                "Resource", bad ? "*" : "arn:aws:s3:::data-" + index + "/*")))))));
    }

    private static Map<String, Object> database(int index, boolean bad) {
        return resource("AWS::RDS::DBInstance", map(
                "Engine", "postgres",
                "EngineVersion", "15.4",
                "DBInstanceClass", "db.t3.medium",
                "AllocatedStorage", "20",
                "MasterUsername", "admin" + index,
                "ManageMasterUserPassword", true,
                "StorageEncrypted", !bad,
                "PubliclyAccessible", bad,
                "MultiAZ", !bad,
                "DeletionProtection", !bad,
                "BackupRetentionPeriod", bad ? 0 : 7,
                "AutoMinorVersionUpgrade", true,
                "EnableIAMDatabaseAuthentication", !bad));
    }

    private static Map<String, Object> instance(int index, boolean bad) {
        return resource("AWS::EC2::Instance", map(
                "ImageId", "ami-0abcdef1234567890",
                "InstanceType", "t3.micro",
                "Monitoring", !bad,
                "EbsOptimized", !bad,
                "MetadataOptions", map("HttpTokens", bad ? "optional" : "required"),
                "NetworkInterfaces", List.of(map("DeviceIndex", "0", "AssociatePublicIpAddress", bad,
                        "SubnetId", "subnet-" + index)),
                "Tags", List.of(map("Key", "Name", "Value", "instance-" + index))));
    }

    private static Map<String, Object> function(int index, boolean bad) {
        Map<String, Object> properties = map(
                "Runtime", bad ? "python3.7" : "python3.12",
                "Handler", "index.handler",
                "Role", Intrinsic.getAtt("Role" + index, "Arn"),
                "Code", map("S3Bucket", "artifacts", "S3Key", "function-" + index + ".zip"),
                "MemorySize", 256,
                "Timeout", 30);
        if (!bad) {
            properties.put("TracingConfig", map("Mode", "Active"));
            properties.put("ReservedConcurrentExecutions", 10);
            properties.put("VpcConfig", map("SubnetIds", List.of("subnet-a", "subnet-b"),
                    "SecurityGroupIds", List.of("sg-" + index)));
        }
        return resource("AWS::Lambda::Function", properties);
    }

    private static Map<String, Object> queue(int index, boolean bad) {
        Map<String, Object> properties = map("QueueName", "queue-" + index, "MessageRetentionPeriod", 345600);
        if (!bad) {
            properties.put("KmsMasterKeyId", Intrinsic.ref("KeyArn"));
        }
        return resource("AWS::SQS::Queue", properties);
    }

    private static Map<String, Object> table(int index, boolean bad) {
        Map<String, Object> properties = map(
                "TableName", "table-" + index,
                "BillingMode", "PAY_PER_REQUEST",
                "AttributeDefinitions", List.of(map("AttributeName", "id", "AttributeType", "S")),
                "KeySchema", List.of(map("AttributeName", "id", "KeyType", "HASH")));
        if (!bad) {
            properties.put("SSESpecification", map("SSEEnabled", true));
            properties.put("PointInTimeRecoverySpecification", map("PointInTimeRecoveryEnabled", true));
        }
        return resource("AWS::DynamoDB::Table", properties);
    }

    private static Map<String, Object> volume(int index, boolean bad) {
        return resource("AWS::EC2::Volume", map(
                "Size", 100 + index,
                "AvailabilityZone", Intrinsic.sub("${AWS::Region}a"),
                "Encrypted", !bad,
                "VolumeType", "gp3"));
    }

    private static Map<String, Object> trail(int index, boolean bad) {
        return resource("AWS::CloudTrail::Trail", map(
                "TrailName", "trail-" + index,
                "IsLogging", true,
                "S3BucketName", "trail-logs",
                "IsMultiRegionTrail", !bad,
                "EnableLogFileValidation", !bad,
                "KMSKeyId", bad ? "" : "alias/trail"));
    }

    private static Map<String, Object> logGroup(int index, boolean bad) {
        Map<String, Object> properties = map("LogGroupName", "/app/" + index);
        if (!bad) {
            properties.put("RetentionInDays", 365);
            properties.put("KmsKeyId", Intrinsic.ref("KeyArn"));
        }
        return resource("AWS::Logs::LogGroup", properties);
    }

    // ---- building blocks ----

    private static Map<String, Object> template(String description, Map<String, Object> parameters,
                                                Map<String, Object> resources) {
        return map(
                "AWSTemplateFormatVersion", "2010-09-09",
                "Description", description,
                "Parameters", parameters,
                "Resources", resources);
    }

    private static Map<String, Object> resource(String type, Map<String, Object> properties) {
        return map("Type", type, "Properties", properties);
    }

    /** {@code TaskDefinition007}: zero-padded so that the ids sort in template order. */
    private static String logicalId(String kind, int index, int count) {
        int width = Integer.toString(Math.max(count - 1, 0)).length();
        return kind + String.format("%0" + width + "d", index);
    }

    /** An insertion-ordered, mutable map of the given keys and values. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
