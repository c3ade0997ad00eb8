// Every test talks to the moto server started by global-setup, never to AWS.
process.env.AWS_ENDPOINT_URL = process.env.MOTO_ENDPOINT ?? 'http://127.0.0.1:9';
process.env.AWS_ACCESS_KEY_ID = 'testing';
process.env.AWS_SECRET_ACCESS_KEY = 'testing';
process.env.AWS_REGION = 'us-east-1';
delete process.env.AWS_PROFILE;
delete process.env.AWS_SESSION_TOKEN;
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
