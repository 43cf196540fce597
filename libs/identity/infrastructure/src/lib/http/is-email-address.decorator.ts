import { isEmail, ValidateBy } from 'class-validator';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * class-validator's IsEmail throws (URIError from encodeURI) on a lone UTF-16 surrogate, which would turn
 * a bad sign-in body into a 500; this refuses such strings first, with a normal 400.
 */
export function IsEmailAddress(): PropertyDecorator {
  return ValidateBy({
    name: 'isEmailAddress',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && !LONE_SURROGATE.test(value) && isEmail(value),
      defaultMessage: () => 'email must be an email address',
    },
  });
}
