/** {@code cfn-guard rulegen}: rules generated from the resources of a CloudFormation template. */
package dev.cfnguard.internal.rulegen;
