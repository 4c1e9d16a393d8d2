import { AkbError } from '../../../errors.js';
import { dashboard } from '../../../dashboard/dashboard.js';
import type { Context } from '../../context.js';

export const dashboardResolvers = {
  Query: {
    dashboard: (_: unknown, args: { recent: number }, ctx: Context) => {
      if (!Number.isInteger(args.recent) || args.recent < 0 || args.recent > 50)
        throw new AkbError('VALIDATION_FAILED', 'dashboard: recent must be between 0 and 50', [
          { where: 'recent', message: 'must be between 0 and 50', messageVi: 'phải từ 0 đến 50', value: args.recent },
        ]);
      return dashboard(ctx.db, args.recent);
    },
  },
};
