// Unit tests never talk to moto, nor to AWS: the default endpoint is a port nothing listens on,
// and moto's address (set when `npm test` runs both projects) is hidden from them.
process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9';
delete process.env.MOTO_ENDPOINT;
