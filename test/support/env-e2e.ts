// End-to-end tests talk to the moto server global-setup.js started, never to AWS.
if (!process.env.MOTO_ENDPOINT) throw new Error('MOTO_ENDPOINT is unset: the e2e project starts moto');
process.env.AWS_ENDPOINT_URL = process.env.MOTO_ENDPOINT;
